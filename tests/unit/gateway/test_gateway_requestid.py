"""Request ids name the prompt version that answered (requestid.py), so feedback is counted
by any replica and after a restart, with no table of ids."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from llmops.api.gateway_config import GatewayConfig
from llmops.gateway import requestid
from llmops.gateway.audit import AuditLog
from llmops.gateway.metrics import GatewayMetrics
from llmops.gateway.runtime import build_runtime
from llmops.gateway.state import GatewayState

_VERSION_NAMES = st.from_regex(r"[a-z0-9]([a-z0-9.-]{0,40}[a-z0-9])?", fullmatch=True)


def _config(*versions: str) -> GatewayConfig:
    body = {"models": ["m"], "upstreams": [{"name": "u", "url": "http://127.0.0.1:1/v1"}]}
    if versions:
        body["prompt"] = {"name": "p", "versions": [{"name": v, "weight": 1, "template": {"messages": [{"role": "system", "content": "x"}]}}
                                                    for v in versions]}
    return GatewayConfig.model_validate(body)


def _state(config: GatewayConfig) -> GatewayState:
    return GatewayState(build_runtime(config), GatewayMetrics(), AuditLog(sink=lambda line: None))


def test_ids_are_distinct_and_well_formed():
    ids = requestid.RequestIds(batch=4)
    made = [ids() for _ in range(1000)]
    assert len(set(made)) == 1000
    assert all(requestid.parse(i) == (True, None) for i in made)


@given(_VERSION_NAMES)
def test_an_id_names_its_version(version):
    rid = requestid.with_version(requestid.RequestIds()(), version)
    assert requestid.parse(rid) == (True, version)


def test_ids_that_are_not_ours_name_nothing():
    for rid in ("", "req_unknown", "req_" + "0" * 23, "req_" + "g" * 24, "req_" + "0" * 24 + ".", "req_" + "0" * 24 + ".V1",
                "req_" + "0" * 24 + ".a" * 200, "chatcmpl-123", "req_" + "0" * 24 + ".v1\n"):
        assert requestid.parse(rid)[0] is False, rid


def test_another_replica_and_a_restarted_one_count_the_feedback():
    served_by = _state(_config("support-v1", "support-v2"))
    rid = requestid.with_version(requestid.RequestIds()(), "support-v2")
    other_replica = _state(_config("support-v1", "support-v2"))  # never saw the request
    assert served_by.feedback_version(rid) == other_replica.feedback_version(rid) == "support-v2"
    assert other_replica.feedback_version(requestid.RequestIds()()) == "none", "no prompt: counted as version none"


def test_only_versions_this_gateway_serves_or_served_are_counted():
    state = _state(_config("support-v1", "support-v2"))
    forged = requestid.with_version(requestid.RequestIds()(), "made-up-version")
    assert state.feedback_version(forged) is None, "a forged version would create a label value"
    old = requestid.with_version(requestid.RequestIds()(), "support-v1")
    state.swap(build_runtime(_config("support-v2")))  # v1 promoted away after the answer
    assert state.feedback_version(old) == "support-v1", "feedback arriving after a promotion still counts"
    assert _state(_config("support-v2")).feedback_version(old) is None, "after a restart only the config's versions"
