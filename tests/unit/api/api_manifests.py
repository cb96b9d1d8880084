"""Loading the example and invalid manifests, shared by the unit and integration tests."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"
INVALID_MANIFESTS = Path(__file__).with_name("invalid_manifests.yaml")


def example_files() -> list[Path]:
    return sorted(p for p in EXAMPLES.rglob("*.yaml"))


def example_documents() -> list[tuple[Path, dict]]:
    return [(path, doc) for path in example_files() for doc in yaml.safe_load_all(path.read_text()) if doc]


def invalid_cases() -> list[dict]:
    return yaml.safe_load(INVALID_MANIFESTS.read_text())
