"""The request ids remembered for /v1/feedback: the last RECENT_REQUESTS answers, oldest dropped first."""

from __future__ import annotations

from llmops.api.gateway_config import GatewayConfig
from llmops.gateway import state as state_module
from llmops.gateway.audit import AuditLog
from llmops.gateway.metrics import GatewayMetrics
from llmops.gateway.runtime import build_runtime
from llmops.gateway.state import GatewayState


def test_recall_keeps_the_most_recent_answers_only(monkeypatch):
    monkeypatch.setattr(state_module, "RECENT_REQUESTS", 3)
    config = GatewayConfig.model_validate({"models": ["m"], "upstreams": [{"name": "u", "url": "http://127.0.0.1:1/v1"}]})
    state = GatewayState(build_runtime(config), GatewayMetrics(), AuditLog(sink=lambda line: None))
    for i in range(5):
        state.remember(f"req_{i}", f"v{i}")
    assert [state.recall(f"req_{i}") for i in range(5)] == [None, None, "v2", "v3", "v4"]
    assert len(state._recent) == len(state._ring) == 3
