"""Exact counter increases from raw samples (what increase() would extrapolate or miss)."""

from __future__ import annotations

from hypothesis import given, strategies as st

from llmops.controller.counting import exact_increase, sum_increases


def test_baseline_is_the_last_sample_at_or_before_the_start():
    assert exact_increase([(90, 5), (100, 7), (110, 9), (120, 15)], start=100) == 8


def test_a_series_born_in_the_window_counts_from_zero():
    # increase() would give (20 - 3) scaled, missing the 3 of the first scrape
    assert exact_increase([(110, 3), (120, 20)], start=100) == 20


def test_a_counter_reset_counts_what_came_after_it():
    # 10 -> 14 (+4), restart, 2 (+2), 6 (+4)
    assert exact_increase([(95, 10), (105, 14), (115, 2), (125, 6)], start=100) == 10


def test_no_samples_after_the_start_is_zero():
    assert exact_increase([(50, 10), (99, 12)], start=100) == 0
    assert exact_increase([], start=100) == 0


def test_series_are_summed_per_group_and_a_replaced_pod_is_counted_whole():
    series = [
        {"metric": {"pod": "a", "prompt_version": "v2", "code": "200"}, "values": [[90, "10"], [110, "15"]]},
        # the pod was replaced in the window: its successor's series starts inside it
        {"metric": {"pod": "b", "prompt_version": "v2", "code": "200"}, "values": [[115, "4"], [125, "9"]]},
        {"metric": {"pod": "b", "prompt_version": "v2", "code": "502"}, "values": [[115, "0"], [125, "2"]]},
        {"metric": {"pod": "b", "prompt_version": "other", "code": "200"}, "values": [[115, "100"]]},
    ]
    by = sum_increases(series, 100, lambda l: (l["code"]) if l["prompt_version"] == "v2" else None)
    assert by == {"200": 14.0, "502": 2.0}


@given(st.lists(st.integers(0, 50), min_size=1, max_size=30), st.integers(0, 29))
def test_without_resets_it_is_the_last_minus_the_baseline(steps, cut):
    values, total = [], 0
    for s in steps:
        total += s
        values.append(total)
    samples = [(float(i), float(v)) for i, v in enumerate(values)]
    start = float(min(cut, len(values) - 1))
    assert exact_increase(samples, start) == values[-1] - values[int(start)]
