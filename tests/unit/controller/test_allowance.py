"""The allowance split: grants per gateway process within the limit, by spend rate, with hysteresis."""

from decimal import Decimal as D

import pytest
from hypothesis import given, settings, strategies as s

from llmops.api.budget_grants import Grant, Grants
from llmops.controller.allowance import Process, committed, split

LIMIT = D("100")


def procs(*specs):
    return [Process(f"pod-{i}", "e1", D(str(spent)), D(str(rate))) for i, (spent, rate) in enumerate(specs)]


def bound_holds(limit, spend, ps, new):
    held = {p.key: max(new.get(p.key, D(0)), p.held or D(0)) for p in ps}
    return spend + sum(max(D(0), held[p.key] - p.spent) for p in ps) <= limit + D("1e-18")


def test_first_split_shares_what_remains_busy_replicas_get_more():
    ps = procs((0, 0), (0, 3), (0, 1))
    g = split(LIMIT, D(0), ps, {})
    assert set(g) == {p.key for p in ps}
    assert sum(g.values()) == pytest.approx(D(100))
    assert g[("pod-1", "e1")] > g[("pod-2", "e1")] > g[("pod-0", "e1")] > 0  # the idle one keeps a floor


def test_ceilings_are_on_cumulative_spend_and_count_only_what_is_left():
    ps = procs((30, 1), (10, 1))
    g = split(LIMIT, D(40), ps, {})  # 60 remain
    assert g[("pod-0", "e1")] - 30 == pytest.approx(D(30)) and g[("pod-1", "e1")] - 10 == pytest.approx(D(30))
    assert bound_holds(LIMIT, D(40), ps, g)


def test_no_rewrite_while_every_process_has_enough_left():
    ps = procs((0, 1), (0, 1))
    g = split(LIMIT, D(0), ps, {})
    later = procs((10, 1), (12, 1))  # each spent a little of its ~50
    assert split(LIMIT, D(22), later, g) is g


def test_a_process_running_low_gets_a_rewrite_within_the_bound():
    ps = procs((0, 1), (0, 1))
    g = split(LIMIT, D(0), ps, {})
    later = [Process("pod-0", "e1", D(45), D(5), held=g[("pod-0", "e1")]),
             Process("pod-1", "e1", D(2), D("0.1"), held=g[("pod-1", "e1")])]
    g2 = split(LIMIT, D(47), later, g)
    assert g2 is not g and bound_holds(LIMIT, D(47), later, g2)
    assert g2[("pod-1", "e1")] < g[("pod-1", "e1")]  # the idle one is asked to give some back
    assert g2[("pod-0", "e1")] >= g[("pod-0", "e1")]  # (its share is not free until pod-1 lets go)
    acked = [later[0], Process("pod-1", "e1", D(2), D("0.1"), held=g2[("pod-1", "e1")])]
    g3 = split(LIMIT, D(47), acked, g2)
    assert g3[("pod-0", "e1")] > D(85) and bound_holds(LIMIT, D(47), acked, g3)  # the busy one got more


def test_a_lowered_ceiling_frees_its_share_only_once_the_process_lets_go():
    g = {("a", "e1"): D(50), ("b", "e1"): D(50)}
    busy_a = [Process("a", "e1", D(49), D(10), held=D(50)), Process("b", "e1", D(0), D(0), held=D(50))]
    g2 = split(LIMIT, D(49), busy_a, g)
    # b still acts on 50 until it reports the lower one: a cannot get b's share yet
    assert g2[("a", "e1")] <= D(50) + D("1e-18") and g2[("b", "e1")] < D(50)
    acked = [Process("a", "e1", D(49), D(10), held=D(50)), Process("b", "e1", D(0), D(0), held=g2[("b", "e1")])]
    g3 = split(LIMIT, D(49), acked, {k: v for k, v in g2.items()})
    assert g3[("a", "e1")] > D(50) and bound_holds(LIMIT, D(49), acked, g3)


def test_a_new_pod_or_a_restarted_process_gets_a_grant_the_old_epoch_counts_as_spent():
    g = {("a", "e1"): D(50), ("b", "e1"): D(50)}
    # b was killed (SIGKILL) after 20 observed; its new process has epoch e2
    ps = [Process("a", "e1", D(10), D(1), held=D(50)), Process("b", "e1", D(20), live=False, held=D(50)),
          Process("b", "e2", D(0), D(1))]
    g2 = split(LIMIT, D(30), ps, g)
    assert ("b", "e1") not in g2 and ("b", "e2") in g2
    # 100 - 30 spent - 30 unobserved of the dead process = 40 to share; a still holds 40 of it
    assert committed([p for p in ps if p.live], g2) <= D(40) + D("1e-18")
    assert bound_holds(LIMIT, D(30), ps, {**g2, ("b", "e1"): D(50)})


def test_replica_cost_eating_the_remainder_forces_the_grants_down():
    g = {("a", "e1"): D(50), ("b", "e1"): D(50)}
    ps = [Process("a", "e1", D(0), held=D(50)), Process("b", "e1", D(0), held=D(50))]
    g2 = split(LIMIT, D(60), ps, g)  # GPU-hours spent 60: only 40 remain
    assert sum(g2.values()) <= D(40) + D("1e-18")


def test_stale_metrics_never_hand_out_more():
    g = {("a", "e1"): D(30), ("b", "e1"): D(30)}
    ps = [Process("a", "e1", D(29), D(10), held=D(30)), Process("b", "e1", D(1), D(0), held=D(30))]
    assert split(LIMIT, D(30), ps, g, stale=True) is g
    tight = split(LIMIT, D(80), ps, g, stale=True)  # less remains than is held: lowered, never raised
    assert all(tight[k] <= g[k] for k in g)


def test_budget_used_up_grants_nothing_more():
    ps = procs((60, 1), (40, 1))
    g = split(LIMIT, D(100), ps, {})
    assert g == {("pod-0", "e1"): D(60), ("pod-1", "e1"): D(40)}


amounts = s.decimals(min_value=0, max_value=200, places=3, allow_nan=False, allow_infinity=False)


@settings(max_examples=150, deadline=None)
@given(s.lists(s.tuples(amounts, amounts, s.one_of(s.none(), amounts), s.booleans()), min_size=1, max_size=8),
       amounts, s.booleans())
def test_property_the_bound_holds_whenever_the_held_ceilings_allow_it(rows, extra, stale):
    ps = [Process(f"p{i}", "e", spent, rate, held, live) for i, (spent, rate, held, live) in enumerate(rows)]
    previous = {p.key: p.held for p in ps if p.held is not None}
    spend = sum((p.spent for p in ps), D(0)) + extra  # plus replica cost
    limit = D(500)
    new = split(limit, spend, ps, previous, stale=stale)
    live = {p.key for p in ps if p.live}
    assert set(new) <= live
    if not stale:  # (stale: the previous grants stay, even one a process has overrun)
        assert set(new) == live and all(new[p.key] >= p.spent for p in ps if p.live)
    # what the held ceilings commit cannot be undone; beyond that the split adds nothing over the limit
    floor = spend + sum(max(D(0), (p.held or D(0)) - p.spent) for p in ps)
    if floor <= limit:
        merged = {**{p.key: p.held for p in ps if not p.live and p.held is not None}, **new}
        assert bound_holds(limit, spend, ps, merged)


def test_the_grants_file_model():
    g = Grants(deployment="support-llm", window="2026-12", resetsAt="2027-01-01T00:00:00+01:00", serial=3,
               grants=[Grant(pod="support-llm-7d9f-abcde", epoch="k3x9", ceiling=D("12.5"))])
    wire = g.model_dump(by_alias=True, mode="json")
    assert wire["grants"][0] == {"pod": "support-llm-7d9f-abcde", "epoch": "k3x9", "ceiling": "12.5"}
    assert Grants.model_validate(wire).ceiling("support-llm-7d9f-abcde", "k3x9") == D("12.5")
    assert g.ceiling("support-llm-7d9f-abcde", "other-epoch") is None
    with pytest.raises(ValueError):
        Grants(deployment="x", window="w", resetsAt="r", serial=0,
               grants=[Grant(pod="p", epoch="e", ceiling=D(1)), Grant(pod="p", epoch="e", ceiling=D(2))])
    with pytest.raises(ValueError):
        Grant(pod="p", epoch="e", ceiling=D(-1))
