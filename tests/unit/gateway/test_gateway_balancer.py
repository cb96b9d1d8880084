"""LeastLatency shares and outlier ejection: pure state over numbers, time passed in."""

from __future__ import annotations

import random

import pytest

from llmops.gateway.balancer import LatencyTracker, OutlierDetector, least_latency_shares


def test_the_moving_average_follows_the_latency():
    t = LatencyTracker(alpha=0.5)
    t.observe("a", 1.0)
    assert t.value("a") == 1.0
    t.observe("a", 3.0)
    assert t.value("a") == 2.0
    assert t.value("b") is None


def test_the_fastest_gets_most_and_the_others_keep_being_measured():
    t = LatencyTracker()
    for _ in range(20):
        t.observe("slow", 0.8)
        t.observe("fast", 0.1)
    t.observe("third", 0.4)
    shares = least_latency_shares(["slow", "fast", "third"], t)
    assert shares == pytest.approx({"slow": 0.05, "fast": 0.9, "third": 0.05})
    assert abs(sum(shares.values()) - 1) < 1e-9


def test_an_upstream_not_measured_yet_is_tried_first():
    t = LatencyTracker()
    t.observe("slow", 0.8)   # the first answer came from the slow one
    assert least_latency_shares(["slow", "fast"], t) == {"slow": 0.0, "fast": 1.0}


def test_a_recovered_upstream_wins_back_the_traffic():
    t = LatencyTracker(alpha=0.3)
    for _ in range(10):
        t.observe("a", 0.1)
        t.observe("b", 0.5)
    assert max(least_latency_shares(["a", "b"], t).items(), key=lambda kv: kv[1])[0] == "a"
    for _ in range(10):  # a degrades, b gets faster
        t.observe("a", 1.5)
        t.observe("b", 0.05)
    assert least_latency_shares(["a", "b"], t)["b"] == pytest.approx(0.9)


def test_nothing_measured_is_an_even_split_and_one_upstream_takes_all():  # (each is tried first)
    assert least_latency_shares(["a", "b"], LatencyTracker()) == {"a": 0.5, "b": 0.5}
    assert least_latency_shares(["a"], LatencyTracker()) == {"a": 1.0}


def test_consecutive_failures_eject_for_a_while_and_repeats_last_longer():
    d = OutlierDetector(consecutive=3, base_seconds=10, max_seconds=60)
    assert not any(d.record("a", False, 0.0, population=4) for _ in range(2))
    assert d.record("a", False, 0.0, population=4)             # the third in a row
    assert d.ejected("a", 5.0) and not d.ejected("a", 10.5)
    assert d.healthy(["a", "b"], 5.0) == ["b"]
    for _ in range(3):
        d.record("a", False, 11.0, population=4)
    assert d.ejected("a", 30.0) and not d.ejected("a", 31.5)    # 20 s the second time


def test_a_success_resets_the_count():
    d = OutlierDetector(consecutive=3)
    d.record("a", False, 0, 2)
    d.record("a", False, 0, 2)
    d.record("a", True, 0, 2)
    assert not d.record("a", False, 0, 2)


def test_never_more_than_half_of_the_upstreams_are_out_and_all_out_means_try_them_all():
    d = OutlierDetector(consecutive=1)
    assert d.record("a", False, 0, population=2)
    assert not d.record("b", False, 0, population=2)           # b would make 2 of 2 out
    assert d.healthy(["a", "b"], 1) == ["b"]
    one = OutlierDetector(consecutive=1)
    assert one.record("only", False, 0, population=1)
    assert one.healthy(["only"], 1) == ["only"]


def test_shares_drive_a_weighted_pick_towards_the_fastest():
    t = LatencyTracker()
    t.observe("a", 0.05)
    t.observe("b", 0.5)
    shares = least_latency_shares(["a", "b"], t)
    rng = random.Random(7)  # both measured: 90/10
    picks = [rng.choices(list(shares), weights=list(shares.values()))[0] for _ in range(2000)]
    assert 0.86 < picks.count("a") / len(picks) < 0.94
