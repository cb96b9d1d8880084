"""The Argo CD health checks in deploy/argocd, run by gopher-lua (the engine Argo CD uses, the
way Argo CD runs an argocd-cm script) against every case of their health_test.yaml, each
asserting the exact {status, message}; and kstatus (cli-utils) agreeing on the same objects."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import gotool  # noqa: E402

from llmops.api.registry import KINDS  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
CUSTOMIZATIONS = REPO / "deploy" / "argocd" / "resource_customizations" / "llmops.dev"


def _cases() -> list[tuple[str, Path, dict]]:
    out = []
    for test_file in sorted(CUSTOMIZATIONS.glob("*/health_test.yaml")):
        for case in yaml.safe_load(test_file.read_text())["tests"]:
            out.append((test_file.parent.name, test_file.parent / case["inputPath"], case["healthStatus"]))
    return out


CASES = _cases()
IDS = [f"{kind}/{path.stem}" for kind, path, _ in CASES]


@pytest.fixture(scope="module")
def lua_results() -> dict[str, dict]:
    program = gotool.binary("argocd-health")
    items = [{"script": (CUSTOMIZATIONS / kind / "health.lua").read_text(), "object": yaml.safe_load(path.read_text())}
             for kind, path, _ in CASES]
    return dict(zip(IDS, gotool.run_batch(program, items)))


@pytest.fixture(scope="module")
def kstatus_results() -> dict[str, dict]:
    program = gotool.binary("kstatus")
    return dict(zip(IDS, gotool.run_batch(program, [yaml.safe_load(path.read_text()) for _, path, _ in CASES])))


def test_every_kind_has_a_health_check_with_cases():
    assert sorted(p.name for p in CUSTOMIZATIONS.iterdir()) == sorted(k.kind for k in KINDS)
    for kind in KINDS:
        assert (CUSTOMIZATIONS / kind.kind / "health.lua").is_file()
        kinds_in_cases = {yaml.safe_load(p.read_text())["kind"] for k, p, _ in CASES if k == kind.kind}
        assert kinds_in_cases == {kind.kind}, kind.kind
    statuses = {expected["status"] for _, _, expected in CASES}
    assert statuses == {"Healthy", "Progressing", "Degraded", "Suspended"}


@pytest.mark.parametrize("case_id", IDS)
def test_health_lua_case(case_id, lua_results):
    expected = CASES[IDS.index(case_id)][2]
    assert lua_results[case_id] == {"status": expected["status"], "message": expected["message"]}


# What Flux (kstatus) says for what Argo CD says: both read the same conditions in the same order.
KSTATUS_FOR = {"Healthy": "Current", "Progressing": "InProgress", "Suspended": "InProgress", "Degraded": "Failed"}


# kstatus cannot tell "not yet observed" from "has no status at all": without
# status.observedGeneration it skips the generation check and says Current. Argo CD's check says
# Progressing; Flux users get the same by waiting for the Ready condition (docs/gitops.md).
KSTATUS_WITHOUT_STATUS = "Current"


@pytest.mark.parametrize("case_id", IDS)
def test_kstatus_agrees_with_the_health_check(case_id, kstatus_results):
    _, path, expected = CASES[IDS.index(case_id)]
    want = KSTATUS_FOR[expected["status"]]
    if "status" not in yaml.safe_load(path.read_text()):
        want = KSTATUS_WITHOUT_STATUS
    assert kstatus_results[case_id].get("status") == want, kstatus_results[case_id]


def test_the_engine_reports_what_argo_cd_would_for_a_broken_script():
    """The harness itself: an invalid status becomes Unknown, a runtime error is reported, and the
    string library is absent as in Argo CD's argocd-cm scripts (so the checks cannot rely on it)."""
    program = gotool.binary("argocd-health")
    obj = {"metadata": {"name": "x", "generation": 1}}
    results = gotool.run_batch(program, [
        {"script": 'return {status = "Fine", message = "x"}', "object": obj},
        {"script": "return {status = obj.spec.missing}", "object": obj},
        {"script": 'return {status = "Healthy", message = string.format("%d", 1)}', "object": obj},
        {"script": 'return {status = "Healthy", message = "gen " .. obj.metadata.generation}', "object": obj},
    ])
    assert results[0] == {"status": "Unknown", "message": "Lua returned an invalid health status"}
    assert "error" in results[1] and "error" in results[2]
    assert results[3] == {"status": "Healthy", "message": "gen 1"}


def test_the_argocd_cm_patch_carries_each_kinds_script():
    """What users apply to argocd-cm is exactly the tested script, under Argo CD's key per kind."""
    patch = yaml.safe_load((REPO / "deploy" / "argocd" / "argocd-cm-patch.yaml").read_text())["data"]
    assert sorted(patch) == sorted(f"resource.customizations.health.llmops.dev_{k.kind}" for k in KINDS)
    for kind in KINDS:
        script = (CUSTOMIZATIONS / kind.kind / "health.lua").read_text()
        assert patch[f"resource.customizations.health.llmops.dev_{kind.kind}"] == script, kind.kind
