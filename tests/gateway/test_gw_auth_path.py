"""The key stage in the request path, with the real `openai` client against the real gateway:
rate limits per key id (no header dodges them), the audit line and the metrics attributed to the
key id and team (never the key), a router authenticating to its targets with its own key and
the caller header, and auth mode None as it was."""

from __future__ import annotations

import urllib.error
import urllib.request

import openai
import pytest
from auth_harness import AuthGateway, SecretVolume, record
from gateway_harness import MODEL, ServerThread, Stub, base_config, metric, stub_app, wait_until

from llmops.api import apikeys


@pytest.fixture
def gateways():
    made = []

    def make(*args, **kwargs) -> AuthGateway:
        gw = AuthGateway(*args, **kwargs)
        made.append(gw)
        return gw

    yield make
    for gw in made:
        gw.stop()


@pytest.fixture
def volumes(tmp_path):
    def make(name: str, records: dict[str, str]) -> SecretVolume:
        volume = SecretVolume(tmp_path / name)
        volume.write(records)
        return volume
    return make


def ask(client: openai.OpenAI, **kwargs):
    return client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "hi"}], **kwargs)


def codes(client: openai.OpenAI, n: int, headers: list[dict[str, str]]) -> list[int]:
    out = []
    for i in range(n):
        try:
            ask(client, extra_headers=headers[i % len(headers)])
            out.append(200)
        except openai.APIStatusError as e:
            out.append(e.status_code)
    return out


# headers a caller might vary to look like someone new; the old rate-limit key among them
DODGES = [{"x-api-key": f"fresh-{i}", "x-forwarded-for": f"10.0.0.{i}", "x-user-id": f"u{i}",
           apikeys.CALLER_HEADER: f"someone-{i}/other"} for i in range(6)]


def test_rate_limits_follow_the_key_id_capped_by_the_deployment_and_no_header_dodges_them(stub, volumes, gateways):
    alice, bob, greedy = apikeys.new_key("alice"), apikeys.new_key("bob"), apikeys.new_key("greedy")
    volume = volumes("keys", {"alice": record(alice, rpm=2), "bob": record(bob), "greedy": record(greedy, rpm=1000)})
    gw = gateways(base_config(stub.url, rateLimit={"requestsPerMinute": 4}), volume)
    # alice's own 2 per minute, whatever she sends beside her key
    assert codes(gw.client(alice), 4, DODGES) == [200, 200, 429, 429]
    # bob has no limit of his own: the deployment's 4; greedy's 1000 is capped by it
    assert codes(gw.client(bob), 5, DODGES) == [200] * 4 + [429]
    assert codes(gw.client(greedy), 5, DODGES) == [200] * 4 + [429]
    assert stub.hits == 10
    assert metric(gw.metrics(), "llmops_gateway_rate_limited_total", limit="requests") == 4


def test_audit_and_metrics_attribute_to_key_id_and_team_and_never_hold_the_key(stub, volumes, gateways):
    alice, bob = apikeys.new_key("alice"), apikeys.new_key("bob")
    volume = volumes("keys", {"alice": record(alice, user="alice@example.com"), "bob": record(bob, team="analytics")})
    gw = gateways(base_config(stub.url), volume)
    ask(gw.client(alice))
    ask(gw.client(bob))
    wrong = alice[:-1] + ("0" if alice[-1] != "0" else "1")
    with pytest.raises(openai.AuthenticationError):
        ask(gw.client(wrong))
    anonymous = urllib.request.Request(f"{gw.url}/v1/chat/completions", method="POST", data=b"{not json")
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(anonymous)
    assert e.value.code == 401  # refused before the body is looked at (a 400 otherwise)

    records = gw.records()
    assert [(r["code"], r.get("keyId"), r.get("team"), r.get("user"), r.get("via")) for r in records[:2]] == [
        (200, "alice", "support", "alice@example.com", None), (200, "bob", "analytics", None, None)]
    assert records[2]["code"] == 401 and records[2]["error"] == "invalid_api_key" and records[2]["claimedKeyId"] == "alice"
    assert "keyId" not in records[2] and "keyId" not in records[3] and records[3]["outcome"] == "unauthenticated"

    m = gw.metrics()
    assert metric(m, "llmops_gateway_requests_total", team="support", code="200") == 1
    assert metric(m, "llmops_gateway_requests_total", team="analytics", code="200") == 1
    assert metric(m, "llmops_gateway_tokens_total", team="support", type="output") == 7
    assert metric(m, "llmops_gateway_requests_total", team="none", code="401") == 2
    assert metric(m, "llmops_gateway_auth_requests_total", deployment="test-llm", result="ok") == 2
    assert metric(m, "llmops_gateway_auth_requests_total", result="invalid") == 1
    assert metric(m, "llmops_gateway_auth_requests_total", result="missing") == 1
    assert m[("llmops_gateway_auth_keys", frozenset())] == 2
    assert m[("llmops_gateway_auth_last_reload_success", frozenset())] == 1
    assert metric(m, "llmops_gateway_auth_reloads_total", result="loaded") == 1
    text = urllib.request.urlopen(f"{gw.url}/metrics").read().decode() + "\n".join(gw.audit)
    for key in (alice, bob, wrong):
        assert key.rsplit("_", 1)[1] not in text
    assert "alice@example.com" not in urllib.request.urlopen(f"{gw.url}/metrics").read().decode()  # user: audit only


def test_models_and_feedback_are_guarded(stub, volumes, gateways):
    alice = apikeys.new_key("alice")
    gw = gateways(base_config(stub.url), volumes("keys", {"alice": record(alice)}))
    assert [m.id for m in gw.client(alice).models.list()] == [MODEL]
    with pytest.raises(openai.AuthenticationError):
        gw.client("llmops_alice_" + "0" * 64).models.list()
    request = urllib.request.Request(f"{gw.url}/v1/feedback", method="POST", data=b'{"request_id": "x", "value": "positive"}')
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(request)
    assert e.value.code == 401


@pytest.fixture
def target_stub():
    state = Stub()
    server = ServerThread(lambda: stub_app(state))
    state.url = f"{server.url}/v1"
    yield state
    server.stop()


def router_config(target_url: str) -> dict:
    return {"deployment": "chat-router", "mode": "Router", "models": ["chat"],
            "upstreams": [{"name": "support-llm", "url": target_url, "weight": 100, "model": MODEL}],
            "audit": {"enabled": True}}


def test_a_router_sends_its_own_key_and_the_caller_never_the_clients_key(target_stub, volumes, gateways, tmp_path):
    alice, router_key = apikeys.new_key("alice"), apikeys.new_key("router-chat")
    key_file = tmp_path / "router-key"
    key_file.write_text(router_key + "\n")
    router = gateways(router_config(target_stub.url), volumes("router-keys", {"alice": record(alice)}), upstream_key_file=key_file)
    router.client(alice).chat.completions.create(model="chat", messages=[{"role": "user", "content": "hi"}],
                                                 extra_headers={apikeys.CALLER_HEADER: "ceo/finance", "x-api-key": "mine"})
    sent = target_stub.received[0]["_headers"]
    assert sent["Authorization"] == f"Bearer {router_key}"
    assert sent[apikeys.CALLER_HEADER] == "alice/support"  # who the router authenticated, not what the client claimed
    assert alice.rsplit("_", 1)[1] not in str(target_stub.received) and "x-api-key" not in {k.lower() for k in sent}
    status, ready = router.readyz()
    assert status == 200 and ready["upstreamKey"] == {"keyId": "router-chat"}


def test_a_target_attributes_a_routers_request_to_the_caller_and_trusts_the_header_only_from_router_keys(
        stub, volumes, gateways, tmp_path):
    alice, mallory, router_key = apikeys.new_key("alice"), apikeys.new_key("mallory"), apikeys.new_key("router-chat")
    target = gateways(base_config(stub.url, rateLimit={"requestsPerMinute": 2}), volumes("target-keys", {
        "router-chat": record(router_key, team="platform", router=True), "mallory": record(mallory, team="guests")}))
    key_file = tmp_path / "router-key"
    key_file.write_text(router_key)
    router = gateways(router_config(f"{target.url}/v1"), volumes("router-keys", {"alice": record(alice)}),
                      upstream_key_file=key_file)
    answer = router.client(alice).chat.completions.create(model="chat", messages=[{"role": "user", "content": "hi"}])
    assert answer.choices[0].message.content == "Hello from the stub."
    at_target = target.records()[0]
    assert (at_target["keyId"], at_target["team"], at_target["via"]) == ("alice", "support", "router-chat")
    assert metric(target.metrics(), "llmops_gateway_requests_total", team="support", code="200") == 1
    assert router.records()[0]["keyId"] == "alice"
    # a client's key claiming a caller is attributed to itself, and limited as itself
    forged = target.client(mallory, default_headers={apikeys.CALLER_HEADER: "alice/support"})
    assert codes(forged, 3, [{}]) == [200, 200, 429]
    assert [(r["keyId"], r["team"], r["via"]) for r in target.records()[1:3]] == [("mallory", "guests", None)] * 2
    assert alice.rsplit("_", 1)[1] not in "\n".join(target.audit)


def test_a_router_key_rotated_in_its_file_is_sent_from_the_next_request(target_stub, volumes, gateways, tmp_path):
    alice, first, second = apikeys.new_key("alice"), apikeys.new_key("router-a"), apikeys.new_key("router-b")
    key_file = tmp_path / "router-key"
    key_file.write_text(first)
    router = gateways(router_config(target_stub.url), volumes("router-keys", {"alice": record(alice)}), upstream_key_file=key_file)
    client = router.client(alice)
    client.chat.completions.create(model="chat", messages=[{"role": "user", "content": "hi"}])
    key_file.write_text(second)
    assert wait_until(lambda: router.app.state.upstream_key.key_id == "router-b")
    client.chat.completions.create(model="chat", messages=[{"role": "user", "content": "hi"}])
    assert [r["_headers"]["Authorization"] for r in target_stub.received] == [f"Bearer {first}", f"Bearer {second}"]


def test_auth_mode_none_keeps_todays_behaviour(stub, gateways):
    gw = gateways(base_config(stub.url, rateLimit={"requestsPerMinute": 1}), None)
    client = gw.client("anything")
    assert codes(client, 2, [{"x-api-key": "a"}]) == [200, 429]
    assert codes(client, 1, [{"x-api-key": "b"}]) == [200]  # the configured header is the caller
    assert "Authorization" not in stub.received[0]["_headers"]
    r = gw.records()[0]
    assert not {"keyId", "team", "user", "via", "claimedKeyId"} & set(r) and r["caller"]
    m = gw.metrics()
    assert metric(m, "llmops_gateway_requests_total", team="none", code="200") == 2
    assert not [name for name, _ in m if name.startswith("llmops_gateway_auth_")]
    status, ready = gw.readyz()
    assert status == 200 and "auth" not in ready and "upstreamKey" not in ready


def test_llmops_gateway_takes_its_key_set_from_the_env_var_the_operator_sets(stub, volumes, tmp_path):
    import os
    import subprocess
    import sys

    from gateway_harness import free_port

    alice = apikeys.new_key("alice")
    volume = volumes("keys", {"alice": record(alice)})
    port = free_port()
    env = {**os.environ, "LLMOPS_GATEWAY_API_KEYS": str(volume.dir)}
    proc = subprocess.Popen([sys.executable, "-m", "llmops.cli", "gateway", "--upstream", stub.url, "--model", MODEL,
                             "--listen", f"127.0.0.1:{port}"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        def ready() -> bool:
            try:
                return urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1).status == 200
            except OSError:
                return False

        assert wait_until(ready, timeout=30), "the gateway did not become ready"
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=alice, max_retries=0)
        assert ask(client).choices
        with pytest.raises(openai.AuthenticationError):
            ask(openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="sk-anything", max_retries=0))
    finally:
        proc.terminate()
        proc.wait(20)
    assert stub.hits == 1


def test_a_streamed_answer_is_attributed_and_its_tokens_count_against_the_keys_own_limit(stub, volumes, gateways):
    alice = apikeys.new_key("alice")
    gw = gateways(base_config(stub.url), volumes("keys", {"alice": record(alice, tpm=20)}))
    client = gw.client(alice)
    chunks = list(client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "hi"}], stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "Hello from the stub. "
    assert metric(gw.metrics(), "llmops_gateway_tokens_total", team="support") == 18  # 11 in + 7 out, from the stream's usage
    ask(client)  # 18 + 18 > 20 tokens: the next one is refused
    with pytest.raises(openai.RateLimitError) as e:
        ask(client)
    assert e.value.code == "tokens_per_minute_exceeded"
    assert [r.get("keyId") for r in gw.records()] == ["alice"] * 3
