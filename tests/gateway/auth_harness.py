"""Test harness for the API-key stage: a keys Secret projected the kubelet way, key records,
and the real gateway app with its key set (and a router's own key) wired in."""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request

import openai
from gateway_harness import GatewayThread, parse_metrics

from llmops.api import apikeys
from llmops.api.apikeys import KeyRecord
from llmops.gateway.auth import Authenticator, UpstreamKey


class SecretVolume:
    """A keys Secret as the kubelet projects it: `..data` swapped atomically to a new version."""

    def __init__(self, directory):
        self.dir = directory
        self.dir.mkdir()
        self.generation = 0

    def write(self, records: dict[str, str]) -> None:
        self.generation += 1
        gen = self.dir / f"..2026_12_01_{self.generation:06d}"
        gen.mkdir()
        for k, v in records.items():
            (gen / k).write_text(v)
        os.symlink(gen.name, self.dir / "..data_tmp")
        os.replace(self.dir / "..data_tmp", self.dir / "..data")
        for k in records:
            if not (self.dir / k).is_symlink():
                os.symlink(f"..data/{k}", self.dir / k)


def record(key: str, team: str = "support", **extra) -> str:
    return apikeys.record_json(KeyRecord(sha256=apikeys.key_digest(key), team=team, **extra))


class AuthGateway:
    """The gateway app from a config with `Authenticator(volume)` (and, for a router, its
    `UpstreamKey`) passed in as `llmops gateway --api-keys/--upstream-key-file` does; the key
    set is watched every 20 ms by the app itself."""

    def __init__(self, config: dict, volume: SecretVolume | None, upstream_key_file=None, reload_interval: float = 0.02):
        from llmops.api.gateway_config import GatewayConfig
        from llmops.gateway.app import create_app
        from llmops.gateway.audit import AuditLog
        from llmops.gateway.runtime import build_runtime

        self.audit: list[str] = []
        self.auth = Authenticator(volume.dir) if volume is not None else None
        upstream_key = UpstreamKey(upstream_key_file) if upstream_key_file is not None else None
        self.app = create_app(build_runtime(GatewayConfig.model_validate(config)), reload_interval=reload_interval,
                              audit=AuditLog(sink=self.audit.append), auth=self.auth, upstream_key=upstream_key)
        self.server = GatewayThread(self.app)

    @property
    def url(self) -> str:
        return self.server.url

    def reloads(self) -> dict[str, float]:
        """llmops_gateway_auth_reloads_total by result (the start's own load included)."""
        return {key[0]: value for key, value in self.app.state.metrics.auth_reloads.values.items()}

    def records(self) -> list[dict]:
        self.server.call(lambda: None)  # the answer goes out before its audit line: one loop turn
        return [json.loads(line) for line in self.audit]

    def metrics(self) -> dict:
        return parse_metrics(urllib.request.urlopen(f"{self.url}/metrics").read().decode())

    def readyz(self) -> tuple[int, dict]:
        try:
            with urllib.request.urlopen(f"{self.url}/readyz") as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    def client(self, key: str, **kwargs) -> openai.OpenAI:
        return openai.OpenAI(base_url=f"{self.url}/v1", api_key=key, max_retries=0, **kwargs)

    def async_client(self, key: str) -> openai.AsyncOpenAI:
        return openai.AsyncOpenAI(base_url=f"{self.url}/v1", api_key=key, max_retries=0)

    def stop(self):
        self.server.stop()
