"""Every example manifest parses into its model; the scenarios the project promises exist."""

from __future__ import annotations

import pytest
from api_manifests import EXAMPLES, example_documents, example_files

from llmops.api.meta import API_VERSION
from llmops.api.registry import kind_named

SCENARIOS = ("vllm-gpu", "external-openai", "prompt-canary", "routing-guardrails", "budget")
DOCUMENTS = example_documents()


def test_every_scenario_has_a_readme_and_manifests():
    for scenario in SCENARIOS:
        folder = EXAMPLES / scenario
        assert (folder / "README.md").is_file(), scenario
        assert list(folder.glob("*.yaml")), scenario


@pytest.mark.parametrize(
    "path,document",
    [d for d in DOCUMENTS if d[1]["apiVersion"] == API_VERSION],
    ids=lambda v: v.name if hasattr(v, "name") else v["metadata"]["name"] if isinstance(v, dict) else str(v),
)
def test_example_parses_into_its_model(path, document):
    model = kind_named(document["kind"]).model
    parsed = model.model_validate(document)
    assert parsed.metadata["name"] == document["metadata"]["name"]


def test_only_llmops_kinds_and_secrets():
    others = {(d["apiVersion"], d["kind"]) for _, d in DOCUMENTS if d["apiVersion"] != API_VERSION}
    assert others <= {("v1", "Secret")}


def test_names_do_not_clash_across_examples():
    """`llmops dev up` applies every example into one namespace."""
    keys = [(d["kind"], d["metadata"]["name"]) for _, d in DOCUMENTS]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_every_kind_is_shown_by_some_example():
    kinds = {d["kind"] for _, d in DOCUMENTS}
    assert {"LLMDeployment", "PromptVersion", "RoutingPolicy", "GuardrailPolicy"} <= kinds
    assert example_files()


def test_examples_cover_the_promised_features():
    specs = {(d["kind"], d["metadata"]["name"]): d.get("spec", {}) for _, d in DOCUMENTS}
    engines = {s["engine"]["type"] for (k, _), s in specs.items() if k == "LLMDeployment"}
    assert {"vLLM", "External"} <= engines
    strategies = {s.get("release", {}).get("strategy") for (k, _), s in specs.items() if k == "PromptVersion"}
    assert {"Immediate", "Canary"} <= strategies
    assert any("fallback" in s for (k, _), s in specs.items() if k == "RoutingPolicy")
    assert any(s.get("input", {}).get("pii") for (k, _), s in specs.items() if k == "GuardrailPolicy")
    assert any(s.get("budget", {}).get("period") == "Month" for (k, _), s in specs.items() if k == "LLMDeployment")
