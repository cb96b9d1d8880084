"""The pydantic models reject what the CRDs reject: the same table the API server test uses."""

from __future__ import annotations

import pytest
from api_manifests import invalid_cases
from pydantic import ValidationError

from llmops.api.registry import kind_named

CASES = invalid_cases()


def test_the_table_is_large_and_names_a_field_per_case():
    assert len(CASES) >= 20
    assert len({c["id"] for c in CASES}) == len(CASES)
    assert all(c["field"].startswith("spec") for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_model_rejects(case):
    model = kind_named(case["manifest"]["kind"]).model
    with pytest.raises(ValidationError):
        model.model_validate(case["manifest"])


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_the_case_is_one_fix_away_from_valid(case):
    """Guard against a case rejected for an accidental reason: its kind's minimal form parses."""
    kind = case["manifest"]["kind"]
    minimal = {
        "LLMDeployment": {"model": {"uri": "hf://org/model"}, "engine": {"type": "vLLM"}},
        "PromptVersion": {"prompt": "p", "template": {"messages": [{"role": "system", "content": "hi"}]}},
        "RoutingPolicy": {"model": "m", "targets": [{"name": "a"}]},
        "GuardrailPolicy": {"selector": {}, "input": {"maxTokens": 100}},
    }[kind]
    kind_named(kind).model.model_validate({**case["manifest"], "spec": minimal})
