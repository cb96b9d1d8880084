"""The data plane runs the gateway as a process and never reaches into it; the gateway knows
nothing of the data plane (the code in a pod here is the code in a real cluster)."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[3] / "operator" / "llmops"


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


def test_the_data_plane_imports_neither_the_gateway_the_operator_nor_kopf():
    files = sorted((PKG / "devcluster" / "dataplane").glob("*.py"))
    assert len(files) > 10
    for f in files:
        bad = {m for m in _imports(f) if m.split(".")[0] == "kopf"
               or any(m.startswith(f"llmops.{p}") for p in ("gateway", "controller", "render"))}
        assert not bad, f"{f.name} imports {sorted(bad)}"


def test_the_gateway_has_no_branch_for_the_local_data_plane():
    for f in sorted((PKG / "gateway").rglob("*.py")):
        text = f.read_text()
        assert "devcluster" not in text and "LLMOPS_DATAPLANE" not in text, f
