"""`llmops prompt promote|abort`: the annotation patch and reading the operator's answer."""

from __future__ import annotations

from datetime import UTC, datetime

from llmops.promptcli import annotation_patch, outcome, token


def test_a_fresh_token_per_call_in_the_annotation_the_controller_reads():
    t = token(datetime(2026, 12, 1, 10, 0, 0, 123456, tzinfo=UTC))
    assert t == "20261201T100000.123456Z"
    assert annotation_patch("promote", t) == {"metadata": {"annotations": {"llmops.dev/promote": t}}}
    assert annotation_patch("abort", t) == {"metadata": {"annotations": {"llmops.dev/abort": t}}}


def test_the_outcome_waits_for_the_token_to_be_recorded():
    obj = {"metadata": {"name": "v2"}, "status": {"phase": "Pending", "actions": {"promote": "old"}}}
    assert outcome(obj, "promote", "new") is None
    obj["status"] = {"phase": "Promoted", "weight": 100, "actions": {"promote": "new"},
                     "conditions": [{"type": "Ready", "status": "True", "message": "Stable version of prompt 'p'"}]}
    assert outcome(obj, "promote", "new") == "v2: phase Promoted, weight 100%: Stable version of prompt 'p'"
