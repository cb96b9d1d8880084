"""An External provider over https: the gateway (as a process, as in a pod) forwards to a local
TLS server whose certificate is signed by a CA generated for the test, sends the provider's API
key from its environment (the Secret's secretKeyRef in a pod) and never the caller's key; a
gateway that does not trust the CA refuses the upstream (502) instead of talking to it."""

from __future__ import annotations

import asyncio
import json
import os
import ssl
import subprocess
import sys
import threading
import urllib.request

import openai
import pytest
import yaml
from aiohttp import web
from gateway_harness import free_port, wait_until

from llmops.devcluster import pki

COMPLETION = {"id": "c1", "object": "chat.completion", "created": 0, "model": "gpt-4o-mini",
              "choices": [{"index": 0, "message": {"role": "assistant", "content": "over TLS"}, "finish_reason": "stop"}],
              "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}}


class TlsProvider:
    """A minimal OpenAI-compatible provider on https://127.0.0.1, recording what it was sent."""

    def __init__(self, certs: pki.Pki) -> None:
        self.seen: list[dict] = []
        self.port = free_port()
        self._ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._ctx.load_cert_chain(certs.apiserver_crt, certs.apiserver_key)  # SANs: localhost, 127.0.0.1
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        assert self._ready.wait(10)

    async def _completion(self, request: web.Request) -> web.Response:
        self.seen.append({"authorization": request.headers.get("Authorization"), "body": await request.json()})
        return web.json_response(COMPLETION)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._completion)
        self._runner = web.AppRunner(app)
        self._loop.run_until_complete(self._runner.setup())
        self._loop.run_until_complete(web.TCPSite(self._runner, "127.0.0.1", self.port, ssl_context=self._ctx).start())
        self._ready.set()
        self._loop.run_forever()

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


@pytest.fixture
def provider(tmp_path):
    p = TlsProvider(pki.generate(tmp_path / "pki"))
    p.ca = tmp_path / "pki" / "ca.crt"
    yield p
    p.stop()


def _gateway(tmp_path, provider, trust_ca: bool):
    cfg = tmp_path / f"gateway-{trust_ca}.yaml"
    cfg.write_text(yaml.safe_dump({"deployment": "gpt", "models": ["gpt-4o-mini"], "upstreams": [
        {"name": "external", "url": f"https://127.0.0.1:{provider.port}/v1", "apiKeyEnv": "UPSTREAM_API_KEY"}]}))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("SSL_CERT_FILE", "SSL_CERT_DIR")}
    env["UPSTREAM_API_KEY"] = "sk-provider-secret"
    if trust_ca:
        env["SSL_CERT_FILE"] = str(provider.ca)  # what a pod mounting its CA bundle sets
    proc = subprocess.Popen([sys.executable, "-m", "llmops.cli", "gateway", f"--config={cfg}", f"--listen=127.0.0.1:{port}"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)

    def up() -> bool:
        try:
            return urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1).status == 200
        except OSError:
            return False

    assert wait_until(up, timeout=30), proc.stderr.read() if proc.poll() is not None else "gateway did not come up"
    return proc, openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="the-callers-own-key",
                               max_retries=0, timeout=15)


def _stop(proc):
    proc.terminate()
    try:
        return proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.communicate()


def test_https_provider_with_its_key_from_the_environment(tmp_path, provider):
    proc, oa = _gateway(tmp_path, provider, trust_ca=True)
    try:
        answer = oa.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
        assert answer.choices[0].message.content == "over TLS"
    finally:
        out, _ = _stop(proc)
    assert [s["authorization"] for s in provider.seen] == ["Bearer sk-provider-secret"]
    assert "the-callers-own-key" not in json.dumps(provider.seen)
    assert "sk-provider-secret" not in out  # never in the audit trail


def test_an_untrusted_certificate_is_refused_not_talked_to(tmp_path, provider):
    proc, oa = _gateway(tmp_path, provider, trust_ca=False)
    try:
        with pytest.raises(openai.APIStatusError) as e:
            oa.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
        assert e.value.status_code == 502
    finally:
        _stop(proc)
    assert provider.seen == []
