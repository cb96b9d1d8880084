"""The release decision and the analysis are pure: no I/O in analysis.py, release.py and
counting.py (the query layer is prometheus.py, the writes are promptrelease.py's)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CONTROLLER = Path(__file__).resolve().parents[3] / "operator" / "llmops" / "controller"
IO = ("socket", "http", "urllib", "httpx", "aiohttp", "requests", "subprocess", "asyncio", "kubernetes", "kopf",
      "llmops.kube", "llmops.controller.prometheus", "llmops.controller.writer", "llmops.controller.events")


def imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            out.add(node.module or "")
    return out


@pytest.mark.parametrize("module", ["analysis.py", "release.py", "counting.py"])
def test_pure_modules_import_no_io(module):
    bad = [m for m in imports(CONTROLLER / module) if any(m == p or m.startswith(p + ".") for p in IO)]
    assert bad == []


def test_the_check_sees_an_io_import(tmp_path):
    f = tmp_path / "x.py"
    f.write_text("import httpx\nfrom llmops.kube.client import Kube\n")
    assert {"httpx", "llmops.kube.client"} <= imports(f)
