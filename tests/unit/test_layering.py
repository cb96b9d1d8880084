"""The layering of operator/llmops, enforced from the imports (STYLE.md, issue 8):

- api/ is the bottom: it imports neither render, controller, gateway nor kube, nor kopf or the
  Kubernetes client;
- gateway/ never imports controller/, kube/ or kopf (it runs in every pod and never talks to the
  Kubernetes API);
- render/ does no I/O: pure functions of the resources, no client, no sockets, no files;
- within the operator's code only kube/ talks to the API server (devcluster/ is exempt: it
  builds and drives the local cluster); others may use kubernetes.utils (quantities) only.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "operator" / "llmops"
IO_MODULES = ("socket", "http", "urllib", "httpx", "aiohttp", "requests", "subprocess", "asyncio", "kubernetes",
              "kopf", "shutil", "tempfile")


def _imports(path: Path) -> list[str]:
    """Absolute module names imported by a file (relative imports resolved)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = ".".join(path.relative_to(ROOT.parent).with_suffix("").parts[:-1])
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            out.append(mod)
            out += [f"{mod}.{a.name}" for a in node.names]
    return out


def _files(layer: str) -> list[Path]:
    return sorted((ROOT / layer).rglob("*.py"))


def _offending(layer: str, forbidden: tuple[str, ...], allowed: tuple[str, ...] = ()) -> list[str]:
    bad = []
    for f in _files(layer):
        for mod in _imports(f):
            if any(mod == p or mod.startswith(p + ".") for p in forbidden) and \
                    not any(mod == a or mod.startswith(a + ".") for a in allowed):
                bad.append(f"{f.relative_to(ROOT)} imports {mod}")
    return bad


def test_every_layer_exists():
    for layer in ("api", "render", "kube", "controller", "gateway", "devcluster"):
        assert _files(layer), layer


def test_api_is_the_bottom_layer():
    assert _offending("api", ("llmops.render", "llmops.controller", "llmops.gateway", "llmops.kube",
                              "llmops.devcluster", "kopf", "kubernetes")) == []


def test_the_gateway_never_reaches_the_operator_or_the_kubernetes_api():
    assert _offending("gateway", ("llmops.controller", "llmops.kube", "llmops.render", "llmops.devcluster",
                                  "kopf", "kubernetes")) == []


def test_render_does_no_io():
    assert _offending("render", ("llmops.controller", "llmops.kube", "llmops.gateway", "llmops.devcluster",
                                 *IO_MODULES)) == []
    opened = []
    for f in _files("render"):
        for node in ast.walk(ast.parse(f.read_text())):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in ("open", "read_text", "write_text", "read_bytes", "write_bytes", "urlopen"):
                    opened.append(f"{f.relative_to(ROOT)}:{node.lineno} calls {name}")
    assert opened == []


@pytest.mark.parametrize("layer", ["api", "render", "controller", "gateway"])
def test_only_kube_talks_to_the_api_server(layer):
    assert _offending(layer, ("kubernetes",), allowed=("kubernetes.utils",)) == []


def test_kopf_is_wired_in_one_place():
    users = {str(f.relative_to(ROOT)) for layer in ("api", "render", "kube", "controller", "gateway")
             for f in _files(layer) if any(m == "kopf" or m.startswith("kopf.") for m in _imports(f))}
    assert users == {"controller/main.py"}


def test_the_checker_sees_a_forbidden_import(tmp_path, monkeypatch):
    """The rules above can fail: a planted import is found."""
    fake_root = tmp_path / "llmops"
    (fake_root / "gateway").mkdir(parents=True)
    (fake_root / "gateway" / "bad.py").write_text("from llmops.controller import runtime\nimport kopf\n")
    monkeypatch.setattr(__import__(__name__), "ROOT", fake_root)
    assert len(_offending("gateway", ("llmops.controller", "kopf"))) >= 2
