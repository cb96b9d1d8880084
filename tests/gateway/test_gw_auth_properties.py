"""Property-based tests (hypothesis) of the key stage in the real handler: whatever a client
puts in `Authorization` and the caller header, the answer is 200 for a valid key and an
OpenAI-shaped 401 otherwise, never a 500; every request has one valid audit line and none holds
a key's secret; the `team` label stays bounded however many teams a router's callers name."""

from __future__ import annotations

import asyncio
import json
import os

import pytest
from auth_harness import SecretVolume, record
from hostile import _Out, _Upstream
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from llmops.api import apikeys
from llmops.api.gateway_config import GatewayConfig
from llmops.gateway.app import create_app
from llmops.gateway.audit import AuditLog
from llmops.gateway.auth import MAX_TEAM_LABELS, Authenticator
from llmops.gateway.httpserver import Request
from llmops.gateway.runtime import build_runtime

EXAMPLES = int(os.environ.get("LLMOPS_FUZZ_EXAMPLES", "60"))  # as in test_gw_properties.py
BOUNDED = settings(max_examples=EXAMPLES, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
BODY = json.dumps({"model": "m", "messages": [{"role": "user", "content": "hi"}]}).encode()
ANSWER = json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}],
                     "usage": {"prompt_tokens": 1, "completion_tokens": 1}}).encode()
KEYS = {name: apikeys.new_key(name) for name in ("alice", "router-chat")}


class KeyedGateway:
    def __init__(self, directory) -> None:
        volume = SecretVolume(directory)
        volume.write({"alice": record(KEYS["alice"]), "router-chat": record(KEYS["router-chat"], team="platform", router=True)})
        self.lines: list[str] = []
        config = {"deployment": "d", "models": ["m"], "upstreams": [{"name": "u", "url": "http://127.0.0.1:9/v1"}],
                  "audit": {"enabled": True}}
        self.app = create_app(build_runtime(GatewayConfig.model_validate(config)), audit=AuditLog(sink=self.lines.append),
                              auth=Authenticator(volume.dir))
        self.app.state.client = upstream = _Upstream()
        upstream.answer = (200, ANSWER, [])
        self.handler = self.app.routes["/v1/chat/completions"]["POST"]
        self.loop = asyncio.new_event_loop()

    def call(self, headers: dict[str, str]) -> _Out:
        out = _Out()
        self.loop.run_until_complete(self.handler(Request("POST", "/v1/chat/completions", "", headers, BODY, "127.0.0.1"), out))
        return out


@pytest.fixture(scope="module")
def gateway(tmp_path_factory):
    gw = KeyedGateway(tmp_path_factory.mktemp("keys") / "api-keys")
    yield gw
    gw.loop.close()


def near_keys():
    """Keys, pieces of keys and keys a character off, with and without the Bearer prefix."""
    real = st.sampled_from(sorted(KEYS.values()))
    mangled = st.builds(lambda k, i, c: k[:i] + c + k[i + 1:], real, st.integers(0, 80), st.characters(codec="latin-1"))
    token = st.one_of(real, mangled, st.text(alphabet=st.characters(codec="latin-1"), max_size=120),
                      st.builds(lambda k, n: k[:n], real, st.integers(0, 90)))
    return st.builds(lambda prefix, t: prefix + t, st.sampled_from(["Bearer ", "bearer ", "BEARER  ", "Basic ", "", "Bearer"]), token)


callers = st.one_of(st.none(), st.text(alphabet=st.characters(codec="latin-1"), max_size=80),
                    st.builds(lambda i, t: f"{i}/{t}", st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True),
                              st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)))


@BOUNDED
@given(authorization=st.one_of(st.none(), near_keys()), caller=callers)
def test_any_authorization_and_caller_header_gets_200_or_an_openai_shaped_401(gateway, authorization, caller):
    headers = {"content-type": "application/json"}
    if authorization is not None:
        headers["authorization"] = authorization
    if caller is not None:
        headers[apikeys.CALLER_HEADER] = caller
    before = len(gateway.lines)
    out = gateway.call(headers)
    valid = authorization is not None and authorization[:7].lower() == "bearer " and authorization[7:].strip() in KEYS.values()
    event("served" if valid else "refused")
    assert out.status == (200 if valid else 401), (out.status, out.body[:200])
    if out.status == 401:
        assert json.loads(out.body)["error"]["code"] == "invalid_api_key"
    assert len(gateway.lines) == before + 1
    line = json.loads(gateway.lines[-1])
    assert ("keyId" in line) == valid
    for key in KEYS.values():
        assert key.rsplit("_", 1)[1] not in gateway.lines[-1]
    teams = {k[3] for k in gateway.app.state.metrics.requests.values}
    assert len(teams - {"none", "other"}) <= MAX_TEAM_LABELS
