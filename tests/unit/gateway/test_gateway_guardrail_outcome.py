"""A request's guardrail outcome (llmops_gateway_guardrail_requests_total{outcome}): the
strongest of its findings, whatever their order."""

from __future__ import annotations

import itertools

from llmops.gateway.guardrails.policy import Hit
from llmops.gateway.record import guardrail_outcome

BLOCK = Hit("p", "Enforce", "deny.x", "Block")
REDACT = Hit("p", "Enforce", "pii.Email", "Redact", 0, 5, "[EMAIL]")
AUDIT_BLOCK = Hit("p", "Audit", "promptInjection", "Block")
AUDIT_REDACT = Hit("p", "Audit", "pii.Phone", "Redact", 0, 3, "[PHONE]")


def test_no_finding_is_clean():
    assert guardrail_outcome([]) == "clean"


def test_each_finding_alone():
    assert [guardrail_outcome([h]) for h in (BLOCK, REDACT, AUDIT_BLOCK, AUDIT_REDACT)] == [
        "blocked", "redacted", "audited", "audited"]


def test_blocked_beats_redacted_beats_audited_in_any_order():
    for n in range(2, 5):
        for hits in itertools.permutations([BLOCK, REDACT, AUDIT_BLOCK, AUDIT_REDACT], n):
            expected = ("blocked" if BLOCK in hits else "redacted" if REDACT in hits else "audited")
            assert guardrail_outcome(list(hits)) == expected, hits
