"""Sticky callers across gateways during a canary: two gateways with the same config (two
replicas of one LLMDeployment), the real openai client, many callers. Once every gateway
exports the step's config hash, each caller key gets the same version on every gateway and on
every request; as the canary's weight rises a caller only ever moves towards the canary."""

from __future__ import annotations

from gateway_harness import MODEL, base_config, client, metric, wait_until

from llmops.api.gateway_config import GatewayConfig, config_hash

CALLERS = 120
REQUESTS_PER_GATEWAY = 2


def config(stub, canary_weight: int) -> dict:
    return base_config(stub.url, prompt={"name": "support", "stickyBy": "Header:x-user-id", "versions": [
        # the canary first: its share of the sticky points grows from the start of the range
        {"name": "support-v2", "weight": canary_weight, "template": {"messages": [{"role": "system", "content": "v2"}]}},
        {"name": "support-v1", "weight": 100 - canary_weight, "template": {"messages": [{"role": "system", "content": "v1"}]}},
    ]})


def step(gateways, stub, canary_weight: int) -> dict[str, str]:
    """Give every gateway the step's config, wait until each exports its hash, then ask as each
    caller on every gateway: caller -> the one version it got."""
    cfg = config(stub, canary_weight)
    want = config_hash(GatewayConfig.model_validate(cfg))
    for gw in gateways:
        gw.write_config(cfg)
    for gw in gateways:
        assert wait_until(lambda gw=gw: metric(gw.metrics(), "llmops_gateway_config_info", hash=want) == 1)
    clients = [client(gw) for gw in gateways]
    got: dict[str, str] = {}
    for i in range(CALLERS):
        caller = f"user-{i}"
        versions = set()
        for c in clients:
            for _ in range(REQUESTS_PER_GATEWAY):
                raw = c.chat.completions.with_raw_response.create(
                    model=MODEL, messages=[{"role": "user", "content": "hi"}], extra_headers={"x-user-id": caller})
                versions.add(raw.headers["x-llmops-prompt-version"])
        assert len(versions) == 1, f"{caller} got {versions} at canary weight {canary_weight}"
        got[caller] = versions.pop()
    return got


def test_each_caller_keeps_its_version_on_every_gateway_and_only_moves_towards_the_canary(stub, make_gateway):
    gateways = [make_gateway(config(stub, 10)), make_gateway(config(stub, 10))]
    previous: dict[str, str] | None = None
    shares = []
    for weight in (10, 50, 90):
        got = step(gateways, stub, weight)
        on_canary = {c for c, v in got.items() if v == "support-v2"}
        shares.append(len(on_canary))
        if previous is not None:
            moved_back = {c for c, v in previous.items() if v == "support-v2"} - on_canary
            assert moved_back == set(), f"callers left the canary when its weight rose to {weight}: {sorted(moved_back)}"
        previous = got
    # the split follows the weights (a hash of 120 keys: loosely) and rises at every step
    assert 0 < shares[0] < shares[1] < shares[2] < CALLERS, shares
    assert abs(shares[1] - CALLERS / 2) < CALLERS / 4, shares
    served = sum(metric(gw.metrics(), "llmops_gateway_requests_total", code="200") for gw in gateways)
    assert served == 3 * CALLERS * len(gateways) * REQUESTS_PER_GATEWAY
