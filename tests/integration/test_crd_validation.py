"""The generated CRDs against the real API server: examples accepted, bad input rejected with a
message that names the offending field, the PromptVersion template immutable, fields documented
by `kubectl explain`, and the printer columns shown by `kubectl get`."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "api"))
from api_manifests import example_files, invalid_cases  # noqa: E402

CASES = invalid_cases()


def _dry_run(cluster, namespace: str, manifest: str):
    return cluster.kubectl(
        "apply", "--dry-run=server", "--validate=strict", "-n", namespace, "-f", "-", input=manifest, check=False
    )


@pytest.mark.parametrize("path", example_files(), ids=lambda p: str(p.relative_to(p.parents[1])))
def test_example_is_accepted(cluster, crds, namespace, path):
    result = _dry_run(cluster, namespace, path.read_text())
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_invalid_manifest_is_rejected_naming_the_field(cluster, crds, namespace, case):
    result = _dry_run(cluster, namespace, yaml.safe_dump(case["manifest"]))
    assert result.returncode != 0, f"accepted: {case['id']}"
    assert case["field"] in result.stderr, result.stderr


def _prompt_version(content: str, temperature: float) -> str:
    return yaml.safe_dump(
        {
            "apiVersion": "llmops.dev/v1alpha1",
            "kind": "PromptVersion",
            "metadata": {"name": "greeter-v1"},
            "spec": {
                "prompt": "greeter",
                "template": {"messages": [{"role": "system", "content": content}]},
                "parameters": {"temperature": temperature},
                "release": {"strategy": "Immediate"},
            },
        }
    )


def test_prompt_version_template_cannot_change(cluster, crds, namespace):
    cluster.kubectl("apply", "--validate=strict", "-n", namespace, "-f", "-", input=_prompt_version("Say hello.", 0.2))

    changed = cluster.kubectl(
        "apply", "-n", namespace, "-f", "-", input=_prompt_version("Say goodbye.", 0.2), check=False
    )
    assert changed.returncode != 0
    assert "spec.template" in changed.stderr and "immutable" in changed.stderr, changed.stderr

    # Everything else may change: the rule guards the template only.
    other = cluster.kubectl("apply", "-n", namespace, "-f", "-", input=_prompt_version("Say hello.", 0.7), check=False)
    assert other.returncode == 0, other.stderr


def _explain(cluster, path: str) -> str:
    # The OpenAPI document of a new CRD is published a moment after it is Established.
    deadline = time.monotonic() + 60
    while True:
        result = cluster.kubectl("explain", path, check=False)
        if result.returncode == 0 or time.monotonic() > deadline:
            return result.stdout + result.stderr
        time.sleep(1)


def test_kubectl_explain_documents_the_budget(cluster, crds):
    out = _explain(cluster, "llmdeployment.spec.budget")
    assert "A spending limit per calendar period." in out
    for field, words in {
        "limit": "The most that may be spent per period",
        "period": "Day, Week or Month",
        "timeZone": "IANA time zone",
        "warnAtPercent": "Warn",
        "action": "At the limit",
        "fallbackTo": "The LLMDeployment to use with action Fallback",
    }.items():
        assert field in out and words in out, (field, out)


def test_kubectl_explain_documents_top_level_spec_and_status(cluster, crds):
    for kind in ("llmdeployment", "promptversion", "routingpolicy", "guardrailpolicy"):
        out = _explain(cluster, f"{kind}.spec")
        assert "The desired state of" in out, out
        out = _explain(cluster, f"{kind}.status")
        assert "The observed state of" in out, out


def test_defaults_are_applied_by_the_api_server(cluster, crds, namespace):
    manifest = (Path(__file__).resolve().parents[2] / "examples/budget/llmdeployment.yaml").read_text()
    cluster.kubectl("apply", "-n", namespace, "-f", "-", input=manifest)
    stored = yaml.safe_load(cluster.kubectl("get", "llmd", "analytics-llm", "-n", namespace, "-o", "yaml").stdout)
    assert stored["spec"]["engine"]["port"] == 8000
    assert stored["spec"]["gateway"]["port"] == 8080
    assert stored["spec"]["gateway"]["rateLimit"]["requestsPerMinute"] == 0


def test_printer_columns_and_category(cluster, crds, namespace):
    root = Path(__file__).resolve().parents[2] / "examples"
    for path in ("vllm-gpu/llmdeployment.yaml", "vllm-gpu/promptversion.yaml", "routing-guardrails/routingpolicy.yaml",
                 "routing-guardrails/guardrailpolicy.yaml"):
        cluster.kubectl("apply", "-n", namespace, "-f", str(root / path))

    headers = {
        "llmd": ["NAME", "MODEL", "ENGINE", "READY", "PROMPT", "SPEND%", "STATUS", "AGE"],
        "pver": ["NAME", "PROMPT", "STRATEGY", "PHASE", "WEIGHT", "AGE"],
        "rp": ["NAME", "MODEL", "STRATEGY", "READY", "TARGETS", "AGE", "ENDPOINT"],  # issue 8
        "gp": ["NAME", "MODE", "READY", "AGE"],
    }
    for short_name, expected in headers.items():
        out = cluster.kubectl("get", short_name, "-n", namespace).stdout
        assert out.splitlines()[0].split() == expected, out

    everything = cluster.kubectl("get", "llmops", "-n", namespace, "-o", "name").stdout.split()
    assert sorted(everything) == sorted(
        [
            "llmdeployment.llmops.dev/support-llm",
            "promptversion.llmops.dev/support-assistant-v1",
            "routingpolicy.llmops.dev/support-chat",
            "guardrailpolicy.llmops.dev/pii-strict",
        ]
    )


def test_status_is_a_subresource(cluster, crds, namespace):
    root = Path(__file__).resolve().parents[2] / "examples"
    cluster.kubectl("apply", "-n", namespace, "-f", str(root / "routing-guardrails/guardrailpolicy.yaml"))
    # A status in the main resource is ignored...
    doc = yaml.safe_load((root / "routing-guardrails/guardrailpolicy.yaml").read_text())
    doc["status"] = {"attachedTo": ["someone"]}
    cluster.kubectl("apply", "-n", namespace, "-f", "-", input=yaml.safe_dump(doc))
    stored = yaml.safe_load(cluster.kubectl("get", "gp", "pii-strict", "-n", namespace, "-o", "yaml").stdout)
    assert "attachedTo" not in stored.get("status", {})
    # ...and written through /status, where it is validated too.
    patched = cluster.kubectl(
        "patch", "gp", "pii-strict", "-n", namespace, "--subresource=status", "--type=merge",
        "-p", '{"status": {"attachedTo": ["support-llm"], "observedGeneration": -1}}', check=False,
    )  # fmt: skip
    assert patched.returncode != 0 and "status.observedGeneration" in patched.stderr, patched.stderr
