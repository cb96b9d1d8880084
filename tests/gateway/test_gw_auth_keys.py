"""The API-key stage driven by the real `openai` client against the real gateway, wired in as
`llmops gateway --api-keys` does: who may call, reload, rotation, revocation, bad key sets."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
import urllib.error
import urllib.request

import openai
import pytest
from auth_harness import AuthGateway, SecretVolume, record
from gateway_harness import MODEL, base_config, parse_metrics, wait_until

from llmops.api import apikeys

@pytest.fixture
def keys_gateway(stub, tmp_path):
    volume = SecretVolume(tmp_path / "api-keys")
    made = []

    def make(records: dict[str, str]) -> AuthGateway:
        volume.write(records)
        gw = AuthGateway(base_config(stub.url), volume)
        gw.volume = volume
        made.append(gw)
        return gw

    yield make
    for gw in made:
        gw.stop()


def ask(client: openai.OpenAI):
    return client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "hi"}])


def test_no_key_and_wrong_key_get_401_invalid_api_key_and_the_right_key_is_served(keys_gateway, stub):
    alice = apikeys.new_key("alice")
    gw = keys_gateway({"alice": record(alice)})
    # no key at all (the openai client refuses to send none): a plain request
    anonymous = urllib.request.Request(f"{gw.server.url}/v1/chat/completions", method="POST",
                                       data=b'{"model": "test-model", "messages": []}')
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(anonymous)
    assert e.value.code == 401 and json.loads(e.value.read())["error"]["code"] == "invalid_api_key"
    for bad in ("sk-not-ours", "llmops_alice_" + "0" * 64, "llmops_mallory_" + "0" * 64):
        with pytest.raises(openai.AuthenticationError) as e:
            ask(gw.client(bad))
        assert e.value.status_code == 401 and e.value.code == "invalid_api_key"
        assert e.value.response.headers["www-authenticate"].startswith("Bearer")
        assert bad not in e.value.response.text
    assert stub.hits == 0  # refused before anything reached the upstream
    assert ask(gw.client(alice)).choices[0].message.content == "Hello from the stub."
    assert [m.id for m in gw.client(alice).models.list()] == [MODEL]
    with pytest.raises(openai.AuthenticationError):
        gw.client("nope").models.list()
    # the client's key is never forwarded upstream
    assert "Authorization" not in stub.received[0]["_headers"] and alice not in str(stub.received)


def test_a_new_key_works_and_a_revoked_one_is_refused_without_a_restart(keys_gateway):
    alice, bob = apikeys.new_key("alice"), apikeys.new_key("bob")
    gw = keys_gateway({"alice": record(alice)})
    with pytest.raises(openai.AuthenticationError):
        ask(gw.client(bob))
    gw.volume.write({"bob": record(bob, team="analytics")})  # bob added, alice revoked

    def bob_served() -> bool:
        try:
            ask(gw.client(bob))
            return True
        except openai.AuthenticationError:
            return False

    assert wait_until(bob_served)
    with pytest.raises(openai.AuthenticationError):
        ask(gw.client(alice))
    assert gw.reloads() == {"loaded": 2}  # the start's load, then the change: no restart


def test_a_key_rotated_under_load_fails_no_request(keys_gateway, stub):
    """Callers of a key present in every version never fail; the old key works until the
    version that drops it, the new one from the version that adds it; nothing is a 5xx."""
    steady, old, new = (apikeys.new_key(n) for n in ("steady", "old", "new"))
    gw = keys_gateway({"steady": record(steady), "old": record(old)})
    results: dict[str, list] = {"steady": [], "old": [], "new": []}
    stop = threading.Event()

    async def caller(name: str, key: str):
        client = gw.async_client(key)
        while not stop.is_set():
            try:
                await client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}])
                results[name].append((time.monotonic(), 200))
            except openai.APIStatusError as e:
                results[name].append((time.monotonic(), e.status_code))
        await client.close()

    async def load():
        await asyncio.gather(*(caller(n, k) for n, k in (("steady", steady), ("steady", steady),
                                                          ("old", old), ("new", new))))

    runner = threading.Thread(target=lambda: asyncio.run(load()))
    runner.start()
    try:
        assert wait_until(lambda: len(results["steady"]) >= 20)
        gw.volume.write({"steady": record(steady), "old": record(old), "new": record(new)})
        assert wait_until(lambda: any(s == 200 for _, s in results["new"]))
        gw.volume.write({"steady": record(steady), "new": record(new)})
        assert wait_until(lambda: results["old"] and results["old"][-1][1] == 401)
        mark = len(results["steady"])
        assert wait_until(lambda: len(results["steady"]) >= mark + 20)
    finally:
        stop.set()
        runner.join(30)
    assert {s for _, s in results["steady"]} == {200}
    assert {s for _, s in results["old"]} <= {200, 401} and {s for _, s in results["new"]} <= {200, 401}
    # each key flips once: old 200...200 then 401...; new 401...401 then 200...
    old_codes = [s for _, s in results["old"]]
    new_codes = [s for _, s in results["new"]]
    assert old_codes == sorted(old_codes) and new_codes == sorted(new_codes, reverse=True)
    assert {200, 401} <= set(old_codes) and {200, 401} <= set(new_codes)
    assert gw.reloads() == {"loaded": 3}


def test_a_malformed_secret_keeps_the_last_good_keys_serving(keys_gateway):
    alice = apikeys.new_key("alice")
    gw = keys_gateway({"alice": record(alice)})
    gw.volume.write({"alice": record(alice), "bob": "not a record"})
    assert wait_until(lambda: gw.reloads().get("refused") == 1)
    assert ask(gw.client(alice)).choices
    assert "'bob'" in gw.auth.status()["lastReloadError"]
    status, ready = gw.readyz()  # still ready: the last good set serves; /readyz and a metric say why
    assert status == 200 and "'bob'" in ready["auth"]["lastReloadError"] and ready["auth"]["keys"] == 1
    m = gw.metrics()
    assert m[("llmops_gateway_auth_last_reload_success", frozenset())] == 0
    assert m[("llmops_gateway_auth_keys", frozenset())] == 1
    assert m[("llmops_gateway_auth_key_set_active", frozenset())] == 1, "the last good set is in force"


def test_without_any_good_key_set_the_gateway_stays_up_and_answers_503(stub, tmp_path):
    volume = SecretVolume(tmp_path / "api-keys")
    volume.write({"alice": "{}"})
    gw = AuthGateway(base_config(stub.url), volume)
    try:
        with pytest.raises(openai.APIStatusError) as e:
            ask(gw.client(apikeys.new_key("alice")))
        assert e.value.status_code == 503 and e.value.code == "auth_unavailable"
        assert urllib.request.urlopen(f"{gw.server.url}/healthz").status == 200
        status, ready = gw.readyz()  # not ready: a rolling update stalls with the old pods serving
        assert status == 503 and ready["auth"]["loaded"] is False and "'alice'" in ready["auth"]["lastReloadError"]
        assert stub.hits == 0
        assert gw.metrics()[("llmops_gateway_auth_key_set_active", frozenset())] == 0
        alice = apikeys.new_key("alice")
        volume.write({"alice": record(alice)})  # a good set arrives: served without a restart
        assert wait_until(lambda: gw.auth.ready)
        assert ask(gw.client(alice)).choices
        assert gw.readyz()[0] == 200
    finally:
        gw.stop()


def test_the_key_is_in_no_log_line_metric_or_audit_record(keys_gateway, caplog):
    alice = apikeys.new_key("alice")
    with caplog.at_level(logging.DEBUG):
        gw = keys_gateway({"alice": record(alice)})
        ask(gw.client(alice))
        with pytest.raises(openai.AuthenticationError):
            ask(gw.client(alice[:-1] + ("0" if alice[-1] != "0" else "1")))
        gw.volume.write({"alice": alice})  # the key pasted into the Secret by mistake
        assert wait_until(lambda: gw.reloads().get("refused") == 1)
    metrics = urllib.request.urlopen(f"{gw.server.url}/metrics").read().decode()
    assert parse_metrics(metrics)  # a real scrape
    secret = alice.rsplit("_", 1)[1]
    for text in (caplog.text, metrics, "\n".join(gw.audit), str(gw.auth.status())):
        assert secret not in text and secret[:16] not in text
