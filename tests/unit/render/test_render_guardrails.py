"""GuardrailPolicy spec -> gateway rules, the accepted record, and label selection."""

from __future__ import annotations

import pytest

from llmops.render.guardrails import InvalidRules, accepted_record, policy_rules, read_accepted
from llmops.render.selection import matches

SPEC = {
    "selector": {"matchLabels": {"team": "support"}},
    "mode": "Enforce",
    "input": {"pii": {"entities": ["Email"], "action": "Redact"},
              "deny": [{"name": "codenames", "pattern": "(?i)project\\s+falcon"}],
              "promptInjection": {"action": "Audit"}, "maxTokens": 100},
    "output": {"pii": {"entities": ["CreditCard"]}},
}


def test_rules_in_the_gateway_form():
    p = policy_rules("pii-strict", SPEC)
    assert p.name == "pii-strict" and p.mode == "Enforce"
    assert p.input.pii.entities == ["Email"] and p.input.deny[0].name == "codenames"
    assert p.input.prompt_injection.mode == "Audit"   # the CRD's Audit action: a per-rule mode
    assert p.input.max_tokens == 100 and p.output.pii.action == "Redact"


def test_an_injection_rule_without_audit_enforces():
    spec = {**SPEC, "input": {"promptInjection": {"action": "Block"}}}
    assert policy_rules("p", spec).input.prompt_injection.mode is None


@pytest.mark.parametrize("pattern", ["(unclosed", "(?<=look)behind", "(a)\\1"])
def test_a_pattern_the_gateway_refuses_is_named_with_its_rule(pattern):
    spec = {**SPEC, "input": {"deny": [{"name": "ok", "pattern": "fine"}, {"name": "broken", "pattern": pattern}]}}
    with pytest.raises(InvalidRules) as e:
        policy_rules("p", spec)
    assert "spec.input.deny[broken].pattern" in str(e.value)


def test_accepted_record_round_trips_and_its_hash_covers_selector_and_rules():
    p = policy_rules("p", SPEC)
    rec = accepted_record(3, SPEC["selector"], p)
    got = read_accepted({"metadata": {"name": "p"}, "status": {"accepted": rec}})
    assert got.policy == p and got.generation == 3 and got.selector == SPEC["selector"]
    assert accepted_record(3, {"matchLabels": {"team": "other"}}, p)["hash"] != rec["hash"]
    other = policy_rules("p", {**SPEC, "mode": "Audit"})
    assert accepted_record(3, SPEC["selector"], other)["hash"] != rec["hash"]


def test_unreadable_accepted_rules_raise_instead_of_dropping_the_policy():
    with pytest.raises(InvalidRules):
        read_accepted({"metadata": {"name": "p"}, "status": {"accepted": {"generation": 1, "hash": "x",
                                                                          "selector": {}, "rules": "{not json"}}})
    assert read_accepted({"metadata": {"name": "p"}, "status": {}}) is None


@pytest.mark.parametrize("selector, labels, expected", [
    ({}, {}, True),
    ({}, {"a": "1"}, True),
    (None, {"a": "1"}, False),
    ({"matchLabels": {"team": "support"}}, {"team": "support", "x": "y"}, True),
    ({"matchLabels": {"team": "support"}}, {"team": "sales"}, False),
    ({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["gold", "silver"]}]}, {"tier": "gold"}, True),
    ({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["gold"]}]}, {}, False),
    ({"matchExpressions": [{"key": "tier", "operator": "NotIn", "values": ["gold"]}]}, {}, True),
    ({"matchExpressions": [{"key": "tier", "operator": "NotIn", "values": ["gold"]}]}, {"tier": "gold"}, False),
    ({"matchExpressions": [{"key": "pii", "operator": "Exists"}]}, {"pii": ""}, True),
    ({"matchExpressions": [{"key": "pii", "operator": "DoesNotExist"}]}, {"pii": ""}, False),
    ({"matchLabels": {"a": "1"}, "matchExpressions": [{"key": "b", "operator": "Exists"}]}, {"a": "1"}, False),
])
def test_label_selector_semantics(selector, labels, expected):
    assert matches(selector, labels) is expected


def test_max_tokens_and_json_schema_modes_reach_the_gateway_form():
    spec = {**SPEC, "mode": "Audit", "input": {"maxTokens": 100, "maxTokensMode": "Enforce"},
            "output": {"jsonSchema": {"type": "object"}, "jsonSchemaMode": "Enforce"}}
    p = policy_rules("p", spec)
    assert p.mode == "Audit" and p.input.max_tokens_mode == "Enforce" and p.output.json_schema_mode == "Enforce"
    assert policy_rules("p", SPEC).input.max_tokens_mode is None  # unset: the policy's mode


def test_a_rule_mode_the_gateway_refuses_is_named():
    with pytest.raises(InvalidRules) as e:
        policy_rules("p", {**SPEC, "input": {"maxTokens": 100, "maxTokensMode": "Sometimes"}})
    assert "spec.input.maxTokensMode" in str(e.value)
