"""Build the small Go programs the tests use (tests/tools/<name>/) into the cache, once.

Each lives in its own directory, cache_root()/tools/<name>-<hash of its sources>/, apart from the
control-plane binaries: a change to main.go or go.mod builds a new one, an unchanged one is
reused without running Go at all.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from llmops.devcluster import build, versions

TOOLS = Path(__file__).resolve().parent
SOURCES = ("go.mod", "go.sum", "main.go")


def _digest(src: Path) -> str:
    h = hashlib.sha256()
    for name in SOURCES:
        h.update(name.encode() + b"\0" + (src / name).read_bytes() + b"\0")
    return h.hexdigest()[:12]


def binary(name: str, log=print) -> Path:
    """The built program `name`, building it first when this version of its sources is not cached."""
    src = TOOLS / name
    out = versions.cache_root() / "tools" / f"{name}-{_digest(src)}" / "bin" / name
    if out.exists():
        log(f"{name}: cached in {out.parent}")
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    build._run(["go", "build", "-trimpath", "-ldflags", "-s -w", "-o", str(tmp), "."], src,
               f"building test tool {name}", log)
    tmp.rename(out)
    return out


def run_batch(program: Path, items: list) -> list[dict]:
    """Send a JSON list to the program; get its JSON list of results back."""
    proc = subprocess.run([str(program)], input=json.dumps(items), capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        raise RuntimeError(f"{program.name} failed (exit {proc.returncode}): {proc.stderr.strip()}")
    return json.loads(proc.stdout)
