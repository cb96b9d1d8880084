"""Counting the gateways' counters against a real Prometheus (no cluster needed): samples are
pushed with chosen timestamps through the remote-write receiver, resets and gaps included, and
the increases the budget step adds up must equal what was really spent, once."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from llmops.controller.metered import MeteredSpend
from llmops.controller.promql import Prometheus as PromClient, PrometheusError
from prometheus_proc import Prometheus

COST = "llmops_gateway_cost_total"


def series(pod, points, deployment="d", namespace="ns"):
    return ({"__name__": COST, "namespace": namespace, "deployment": deployment, "pod": pod, "currency": "USD",
             "model": "m", "prompt_version": ""}, points)


def counted(metered, start, end, step):
    """What the step adds up poll after poll, from `start` to `end` on a grid of `step` s."""
    total, t = D(0), start
    while t < end:
        nxt = min(t + timedelta(seconds=step), end)
        total += metered.increases(t, nxt).of("ns", "d", "USD").cost
        t = nxt
    return total


def test_resets_new_pods_and_restarts_are_counted_once(prom, tmp_path):
    base = int(time.time()) - 900
    at = lambda s: base + s  # noqa: E731
    # p1: 0 -> 5, restarted (reset) at +300, then 0 -> 2.5; p2 appears at +200 with its series at 0
    # (a gateway exports its counters at 0 from config load); p3 of another deployment
    p1 = [(at(s), v) for s, v in [(0, 0), (60, 1), (120, 2), (180, 4), (240, 5), (300, 0.5), (360, 1.5), (420, 2.5)]]
    p2 = [(at(s), v) for s, v in [(200, 0), (260, 0.75), (320, 1.25), (380, 1.25), (440, 2)]]
    other = [(at(s), 100.0 * s) for s in range(0, 480, 60)]
    prom.push([series("p1", p1), series("p2", p2), series("x", other, deployment="other")])
    really = D("5") + D("2.5") + D("2")  # 5 before the reset, 2.5 after it, 2 on p2

    metered = MeteredSpend(PromClient(prom.url), interval=30, settle=0)
    start, end = datetime.fromtimestamp(at(-30), UTC), datetime.fromtimestamp(at(450), UTC)
    assert counted(metered, start, end, 30) == really  # poll after poll on the grid
    assert counted(metered, start, end, 480) == really  # one long interval (an operator back from a restart)
    assert counted(metered, start, end, 47) == really   # any split of the window adds up to the same
    alone = metered.increases(start, end, only=("ns", "d"))  # a long range is asked for one deployment
    assert alone.of("ns", "d", "USD").cost == really and alone.of("ns", "other", "USD").cost == 0
    assert metered.increases(start, end).of("ns", "other", "USD").cost == D(42000)  # 100 x 420 s

    # a Prometheus restart (its data kept): the samples before and after the gap are compared
    prom.stop()
    with pytest.raises(PrometheusError):
        MeteredSpend(PromClient(prom.url), interval=30, settle=0).increases(start, end)
    prom.start()
    p1_late = [(at(s), v) for s, v in [(600, 3.5), (660, 4.5)]]  # p1 went on spending while Prometheus was down
    prom.push([series("p1", p1_late)])
    later = datetime.fromtimestamp(at(700), UTC)
    fresh = MeteredSpend(PromClient(prom.url), interval=30, settle=0)
    assert counted(fresh, start, later, 30) == really + D("2")
    assert counted(fresh, end, later, 30) == D("2")


def test_a_prometheus_that_lost_its_data_never_counts_twice(prom):
    base = int(time.time()) - 600
    prom.push([series("p1", [(base + s, v) for s, v in [(0, 0), (60, 3), (120, 6)]])])
    metered = MeteredSpend(PromClient(prom.url), interval=30, settle=0)
    t0, t1 = datetime.fromtimestamp(base - 30, UTC), datetime.fromtimestamp(base + 150, UTC)
    assert counted(metered, t0, t1, 30) == D(6)
    prom.wipe()
    prom.start()
    # the gateway kept running: its counter goes on from 6; the new Prometheus first sees 7
    prom.push([series("p1", [(base + s, v) for s, v in [(240, 7), (300, 8)]])])
    t2 = datetime.fromtimestamp(base + 330, UTC)
    got = MeteredSpend(PromClient(prom.url), interval=30, settle=0).increases(t1, t2).of("ns", "d", "USD").cost
    # the rise from 6 to 7 happened while no Prometheus saw it: it is not counted (grants bound it,
    # docs/budgets.md); the 7 the counter shows is never taken as new spend
    assert got == D(1)

_RUN = {"n": 0}


@pytest.fixture(scope="module")
def shared_prom(tmp_path_factory):
    p = Prometheus(tmp_path_factory.mktemp("prom-shared")).start()
    yield p
    p.stop()


# a gateway process' life: increments per scrape (0: an idle scrape); a restart sets the counter to 0
lives = st.lists(st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=8), min_size=1, max_size=4)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lives=lives, polls=st.lists(st.integers(min_value=1, max_value=200), min_size=1, max_size=12))
def test_property_any_counter_history_and_any_polls_count_exactly_what_was_spent(shared_prom, lives, polls):
    """Random lives of one pod's gateway (restarts reset its counter, each new process exports 0
    first), scraped every 15 s; polled at random instants: the sum is what was spent, once."""
    _RUN["n"] += 1
    dep = f"prop{_RUN['n']}"
    base = time.time() - 1800
    t, points, truth = base, [], 0
    for life in lives:
        value = 0
        points.append((t, 0.0))
        t += 15
        for inc in life:
            value += inc
            truth += inc
            points.append((t, value / 100))
            t += 15
    shared_prom.push([series("p", points, deployment=dep)])
    metered = MeteredSpend(PromClient(shared_prom.url), interval=1, settle=0)
    start, end = datetime.fromtimestamp(base - 10, UTC), datetime.fromtimestamp(t + 10, UTC)
    cuts = sorted({start + (end - start) * (p / 201) for p in polls})
    total, since = D(0), start
    for cut in [*cuts, end]:
        if cut > since:
            total += metered.increases(since, cut).of("ns", dep, "USD").cost
            since = cut
    assert abs(total - D(truth) / 100) < D("1e-9")
