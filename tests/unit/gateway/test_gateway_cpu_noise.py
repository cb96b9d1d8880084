"""bench/gateway/cpu_noise.py: the summary of a run (synthetic samples, nothing timed)."""

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[3] / "bench" / "gateway" / "cpu_noise.py"
_spec = importlib.util.spec_from_file_location("cpu_noise", _PATH)
cpu_noise = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cpu_noise)


def test_summary_finds_slow_units_and_groups_them_into_episodes():
    samples = [(i * 0.001, 0.001, 0.001) for i in range(1000)]
    # two bursts of slow units: three CPU-bound ones at 0.2 s, one that waited at 0.9 s
    samples[200] = (0.200, 0.006, 0.006)
    samples[201] = (0.207, 0.005, 0.005)
    samples[202] = (0.213, 0.005, 0.0045)
    samples[900] = (0.900, 0.008, 0.001)
    r = cpu_noise.summarize(samples)
    assert r["units"] == 1000
    assert r["p50_ms"] == 1.0
    assert r["max_ms"] == 8.0
    assert r["slow"] == 4
    assert r["slow_cpu_bound"] == 3
    assert [start for start, _ in r["episodes"]] == [0.2, 0.9]
    assert r["episodes"][0][1] == 18.0  # 0.200 .. 0.218


def test_unit_runs():
    cpu_noise.unit()
