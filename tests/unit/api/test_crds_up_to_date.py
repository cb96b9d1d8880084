"""crds/ and the chart's copy are byte for byte what `llmops crds` generates now."""

from pathlib import Path

from llmops.api.crdgen import CHART_CRD_DIR, CRD_DIR, rendered_files, stale_files

ROOT = Path(__file__).resolve().parents[3]


def test_checked_in_crds_match_a_fresh_generation():
    assert stale_files(ROOT) == [], "run `llmops crds` and commit the result"


def test_both_copies_exist_for_every_kind():
    names = set(rendered_files())
    assert {p.name for p in (ROOT / CRD_DIR).glob("*.yaml")} == names
    assert {p.name for p in (ROOT / CHART_CRD_DIR).glob("*.yaml")} == names
    for name in names:
        assert (ROOT / CRD_DIR / name).read_bytes() == (ROOT / CHART_CRD_DIR / name).read_bytes()
