"""The labelled prompt-injection corpus (corpus/injection.jsonl, built by corpus/generate.py):
its shape, and the detector's rates on it (floors asserted on the held-out part only)."""

from __future__ import annotations

import json
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus" / "injection.jsonl"


def load() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_corpus_shape():
    rows = load()
    assert len(rows) >= 300
    assert {r["label"] for r in rows} == {"injection", "benign"}
    assert {r["split"] for r in rows} == {"tuning", "heldout"}
    heldout = [r for r in rows if r["split"] == "heldout"]
    assert len(heldout) >= 0.3 * len(rows)
    for label in ("injection", "benign"):
        assert sum(r["label"] == label for r in heldout) >= 50
    assert len({r["text"] for r in rows}) == len(rows), "no example twice"
