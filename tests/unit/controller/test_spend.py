"""Accumulated spend: resume, advance, steps, staleness, replica cost and its run-out."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal as D

import pytest

from llmops.api.llmdeployment import Spend
from llmops.controller import spend as sp
from llmops.controller.budget_window import window_at


def utc(*a) -> datetime:
    return datetime(*a, tzinfo=UTC)


W = window_at(utc(2026, 12, 10), "Month", "UTC")
T = utc(2026, 12, 10, 12)


def fresh(ready=0):
    return sp.start(None, ready, W)


def test_a_new_window_starts_at_zero_at_the_window_start_or_the_creation():
    led = fresh()
    assert (led.amount, led.counted_until, led.replicas_until) == (0, W.start, W.start)
    made_later = sp.start(None, 0, W, created=T)
    assert made_later.replicas_until == T and made_later.counted_until == W.start


def test_metered_increases_add_up_and_move_counted_until():
    led = sp.advance(fresh(), W, T, 0, D(0), sp.Metered(D("1.5"), 100, 20), T - timedelta(seconds=30))
    led = sp.advance(led, W, T + timedelta(seconds=30), 0, D(0), sp.Metered(D("0.25"), 10, 2), T)
    assert led.amount == D("1.75") and (led.input_tokens, led.output_tokens) == (110, 22)
    assert led.counted_until == T


def test_an_interval_already_counted_adds_nothing():
    led = sp.advance(fresh(), W, T, 0, D(0), sp.Metered(D("2")), T)
    again = sp.advance(led, W, T, 0, D(0), sp.Metered(D("2")), T)  # a repeated poll of the same interval
    assert again.amount == D("2")


def test_amount_never_goes_down_within_a_window():
    led = sp.advance(fresh(), W, T, 0, D(0), sp.Metered(D("3")), T)
    # a nonsensical negative increase (e.g. a series relabelled away) is not subtracted
    led = sp.advance(led, W, T + timedelta(minutes=1), 0, D(0), sp.Metered(D("-1"), -5, -5), T + timedelta(minutes=1))
    assert led.amount == D("3") and led.input_tokens == 0


def test_unreadable_metrics_keep_the_figure_and_say_since_when():
    led = sp.advance(fresh(), W, T, 0, D(0), sp.Metered(D("4")), T)
    down = sp.advance(led, W, T + timedelta(minutes=1), 0, D(0), None, None, failed_at=T + timedelta(minutes=1))
    down2 = sp.advance(down, W, T + timedelta(minutes=2), 0, D(0), None, None, failed_at=T + timedelta(minutes=2))
    assert down2.amount == D("4") and down2.counted_until == T and down2.stale_since == T + timedelta(minutes=1)
    back = sp.advance(down2, W, T + timedelta(minutes=3), 0, D(0), sp.Metered(D("1")), T + timedelta(minutes=3))
    assert back.stale_since is None and back.amount == D("5")


def test_replica_cost_is_charged_at_the_count_seen_until_it_changed():
    led = fresh(ready=2)  # 2 replicas since the window start
    led = sp.advance(led, W, W.start + timedelta(hours=3), 1, D("2.5"), sp.Metered(), W.start + timedelta(hours=3))
    assert led.amount == D("15")  # 2 x 3 h x 2.5
    led = sp.advance(led, W, W.start + timedelta(hours=5), 1, D("2.5"), sp.Metered(), W.start + timedelta(hours=5))
    assert led.amount == D("20")  # + 1 x 2 h x 2.5


def test_replica_cost_stops_at_the_window_end():
    led = sp.start(None, 1, W, created=W.end - timedelta(hours=1))
    led = sp.advance(led, W, W.end + timedelta(hours=5), 1, D("1"), None, None)
    assert led.amount == D("1") and led.replicas_until == W.end


def test_replica_cost_grows_while_prometheus_is_down():
    led = sp.advance(fresh(ready=1), W, W.start + timedelta(hours=1), 1, D("1"), None, None)
    assert led.amount == D("1") and led.stale_since is not None


def test_a_ledger_of_another_window_is_refused():
    with pytest.raises(ValueError):
        sp.advance(fresh(), window_at(utc(2027, 1, 2), "Month", "UTC"), utc(2027, 1, 2), 0, D(0), None, None)


def _status(led, limit=D("10")):
    return Spend.model_validate(sp.to_status(led, limit, "USD")).to_api()


def test_the_status_round_trips_through_the_spend_model_and_resumes_exactly():
    led = sp.advance(fresh(ready=3), W, T, 3, D("0.1"), sp.Metered(D("1.234567891"), 7, 9), T - timedelta(seconds=15))
    status = _status(led, D("500"))
    assert status["window"] == "2026-12" and status["currency"] == "USD" and status["inputTokens"] == 7
    assert status["countedUntil"].startswith("2026-12-10T11:59:45") and "staleSince" not in status
    resumed = sp.start(status, 3, W)
    assert resumed.counted_until == led.counted_until and resumed.replicas_until == led.replicas_until
    assert abs(resumed.amount - led.amount) < D("0.000001") and resumed.amount >= 0


def test_an_operator_restart_between_writes_counts_the_same_as_running_on():
    """The ledger ahead of the status is lost with the process; the status pair (amount and the
    instants it is counted to) is consistent, so recounting from it gives the same total."""
    intervals = [(T + timedelta(seconds=30 * i), D("0.01") * i) for i in range(1, 9)]
    led = fresh(ready=1)
    written = None
    for t, cost in intervals:
        led = sp.advance(led, W, t, 1, D("0.36"), sp.Metered(cost), t)
        if sp.due_write(written, led, D("10"), 80):
            written = _status(led)
        if t == intervals[3][0]:
            break
    # restart: a new ledger from the written status; the increase since its countedUntil is the
    # sum of the intervals after it (what Prometheus' increase over that range returns)
    restarted = sp.start(written, 1, W)
    since = restarted.counted_until
    rest = sum((c for t, c in intervals if t > since), D(0))
    end = intervals[-1][0]
    restarted = sp.advance(restarted, W, end, 1, D("0.36"), sp.Metered(rest), end)
    for t, cost in intervals[4:]:
        led = sp.advance(led, W, t, 1, D("0.36"), sp.Metered(cost), t)
    assert abs(restarted.amount - led.amount) < D("0.000002")


def test_a_status_of_an_old_window_starts_the_new_one():
    old = _status(sp.advance(fresh(), W, T, 0, D(0), sp.Metered(D("9")), T))
    nxt = window_at(utc(2027, 1, 1, 0, 0, 5), "Month", "UTC")
    led = sp.start(old, 2, nxt)
    assert (led.window, led.amount, led.counted_until, led.ready) == ("2027-01", 0, nxt.start, 2)


@pytest.mark.parametrize("bad", [{"window": "2026-12", "amount": "nan", "countedUntil": "2026-12-10T00:00:00Z"},
                                 {"window": "2026-12", "amount": "x", "countedUntil": "2026-12-10T00:00:00Z"},
                                 {"window": "2026-12", "amount": "1", "countedUntil": "not a time"},
                                 {"window": "2026-12", "amount": "1", "countedUntil": "2031-01-01T00:00:00Z"}])
def test_a_status_that_cannot_be_trusted_starts_the_window_again(bad):
    led = sp.start(bad, 0, W)
    assert led.amount == 0 and led.counted_until == W.start


def test_writes_come_in_steps_of_a_tenth_of_a_percent():
    limit = D("100")
    led = sp.advance(fresh(), W, T, 0, D(0), sp.Metered(D("1")), T)
    assert sp.due_write(None, led, limit, 80)
    written = _status(led, limit)
    assert not sp.due_write(written, led, limit, 80)  # nothing moved
    small = sp.advance(led, W, T + timedelta(seconds=30), 0, D(0), sp.Metered(D("0.05")), T + timedelta(seconds=30))
    assert not sp.due_write(written, small, limit, 80)  # 1.05: still step 10
    step = sp.advance(small, W, T + timedelta(seconds=60), 0, D(0), sp.Metered(D("0.06")), T + timedelta(seconds=60))
    assert sp.due_write(written, step, limit, 80)  # 1.11: step 11


def test_warn_level_and_limit_are_always_written():
    limit = D("3")  # the warn level 2.4 and the limit are checked, not left to the step arithmetic
    below = _status(sp.advance(fresh(), W, T, 0, D(0), sp.Metered(D("2.39999")), T), limit)
    at_warn = sp.advance(sp.start(below, 0, W), W, T, 0, D(0), sp.Metered(D("0.00001")), T + timedelta(seconds=1))
    assert sp.due_write(below, at_warn, limit, 80)
    below_limit = _status(sp.advance(fresh(), W, T, 0, D(0), sp.Metered(D("2.999999")), T), limit)
    at_limit = sp.advance(sp.start(below_limit, 0, W), W, T, 0, D(0), sp.Metered(D("0.000001")), T + timedelta(seconds=1))
    assert sp.due_write(below_limit, at_limit, limit, 80)


def test_staleness_turning_on_and_off_is_written_once():
    led = sp.advance(fresh(), W, T, 0, D(0), sp.Metered(D("1")), T)
    written = _status(led)
    stale = sp.advance(led, W, T + timedelta(minutes=1), 0, D(0), None, None)
    assert sp.due_write(written, stale, D("10"), 80)
    written = _status(stale)
    assert written["staleSince"]
    still = sp.advance(stale, W, T + timedelta(minutes=2), 0, D(0), None, None)
    assert not sp.due_write(written, still, D("10"), 80)


def test_run_out_is_predicted_from_the_replica_cost():
    led = sp.advance(fresh(ready=2), W, W.start + timedelta(hours=1), 2, D("3"), sp.Metered(D("4")), W.start + timedelta(hours=1))
    assert led.amount == D("10")  # 6 of replicas + 4 of tokens
    at = sp.run_out_at(led, D("16"), D("3"))  # 6 left at 6 per hour
    assert at == W.start + timedelta(hours=2)
    assert sp.run_out_at(led, D("10"), D("3")) is None  # already there
    assert sp.run_out_at(sp.start(None, 0, W), D("10"), D("3")) is None  # no replicas


def test_a_changed_limit_or_currency_is_written_once():
    led = sp.advance(fresh(), W, T, 0, D(0), sp.Metered(D("2.5")), T)
    written = _status(led, D("10"))
    assert not sp.due_write(written, led, D("10"), 80, "USD")
    assert sp.due_write(written, led, D("20"), 80, "USD")  # 25% became 12.5%
    rewritten = Spend.model_validate(sp.to_status(led, D("20"), "USD")).to_api()
    assert rewritten["percentOfLimit"] == 12.5 and not sp.due_write(rewritten, led, D("20"), 80, "USD")
    assert sp.due_write(rewritten, led, D("20"), 80, "EUR")
    # an amount a little above the written one, below a step, is still no write at the same limit
    a_bit = sp.advance(led, W, T + timedelta(seconds=30), 0, D(0), sp.Metered(D("0.0004")), T + timedelta(seconds=30))
    assert not sp.due_write(rewritten, a_bit, D("20"), 80, "USD")


def test_an_amount_with_more_places_than_written_does_not_write_again():
    limit = D("3")
    led = sp.advance(fresh(), W, T, 0, D(0), sp.Metered(D("1.0000004999")), T)  # 33.33...%, 7+ places
    written = _status(led, limit)
    assert written["amount"] == "1" and not sp.due_write(written, led, limit, 80, "USD")


# -- status.spend.teams -----------------------------------------------------------------------


def _teams(**costs):
    return {t: sp.TeamSpend(D(c), 10, 1) for t, c in costs.items()}


def _metered(**costs):
    teams = _teams(**costs)
    return sp.Metered(sum((s.cost for s in teams.values()), D(0)), 10 * len(teams), len(teams), teams)


def test_teams_accumulate_like_the_total_and_add_up_to_the_tokens_cost():
    led = sp.advance(fresh(), W, T, 0, D(0), _metered(support="1.5", ml="0.25"), T - timedelta(seconds=30))
    led = sp.advance(led, W, T + timedelta(seconds=30), 0, D(0), _metered(support="0.5", search="2"), T)
    again = sp.advance(led, W, T + timedelta(seconds=30), 0, D(0), _metered(support="9"), T)  # same interval again
    assert again.teams == led.teams
    assert {t: s.cost for t, s in led.teams.items()} == {"support": D(2), "ml": D("0.25"), "search": D(2)}
    assert led.teams["support"].input_tokens == 20 and led.teams["support"].output_tokens == 2
    rows = _status(led)["teams"]
    assert [(r["name"], r["amount"]) for r in rows] == [("search", "2"), ("support", "2"), ("ml", "0.25")]  # ties by name
    assert sum(D(r["amount"]) for r in rows) == led.amount
    stale = sp.advance(led, W, T + timedelta(minutes=1), 0, D(0), None, None, failed_at=T + timedelta(minutes=1))
    assert stale.teams == led.teams  # unreadable metrics keep the split as they keep the amount


def test_the_top_ten_teams_are_named_and_the_rest_summed_as_other_with_the_gateways_other():
    many = {f"t{i:02d}": str(i) for i in range(1, 15)}  # t14 spent most
    led = sp.advance(fresh(), W, T, 0, D(0), _metered(**many, other="0.5"), T)
    rows = _status(led, D("1000"))["teams"]
    assert [r["name"] for r in rows] == [f"t{i:02d}" for i in range(14, 4, -1)] + ["other"]
    assert rows[-1]["amount"] == str(D("0.5") + 1 + 2 + 3 + 4)
    assert rows[-1]["inputTokens"] == 50 and sum(D(r["amount"]) for r in rows) == led.amount


def test_no_teams_row_without_auth_and_a_negative_increase_subtracts_nothing():
    led = sp.advance(fresh(), W, T, 0, D(0), _metered(none="3"), T)
    assert "teams" not in _status(led)
    zero = sp.advance(fresh(), W, T, 0, D(0), sp.Metered(D(1), 0, 0, {"ml": sp.TeamSpend(), "ci": sp.TeamSpend(D(1))}), T)
    assert [r["name"] for r in _status(zero)["teams"]] == ["ci"]  # a series exported at 0 is no spend
    led = sp.advance(led, W, T + timedelta(minutes=1), 0, D(0),
                     sp.Metered(D(0), 0, 0, {"ml": sp.TeamSpend(D(-1), -5, -5)}), T + timedelta(minutes=1))
    assert led.teams["ml"] == sp.TeamSpend(D(0), 0, 0) and led.teams["none"].cost == D(3)
    assert "teams" not in _status(led)
    led = sp.advance(led, W, T + timedelta(minutes=2), 0, D(0), _metered(ml="2"), T + timedelta(minutes=2))
    assert [r["name"] for r in _status(led)["teams"]] == ["none", "ml"]  # auth turned on in the window


def test_teams_resume_from_the_status_and_are_never_counted_twice():
    """A restart goes on from the written rows: a team folded into `other` starts again under its
    own name, its earlier spend staying in `other`; the rows still add up to the amount."""
    many = {f"t{i:02d}": str(i) for i in range(1, 13)}  # t01, t02 fall into other
    led = sp.advance(fresh(), W, T, 0, D(0), _metered(**many), T)
    written = _status(led, D("1000"))
    resumed = sp.start(written, 0, W)
    assert set(resumed.teams) == {f"t{i:02d}" for i in range(3, 13)} | {"other"}
    assert resumed.teams["other"].cost == D(3)
    later = sp.advance(resumed, W, T + timedelta(seconds=30), 0, D(0), _metered(t01="5", t12="1"),
                       T + timedelta(seconds=30))
    rows = {r["name"]: D(r["amount"]) for r in _status(later, D("1000"))["teams"]}
    assert rows["t12"] == 13 and rows["t01"] == 5 and rows["other"] == 3 + 3  # t03 fell out: 3 + other's 3
    assert sum(rows.values()) == later.amount == led.amount + 6
    for bad in ([{"name": "x", "amount": "-1"}], [{"amount": "1"}], "nonsense", [{"name": "x", "amount": "NaN"}]):
        assert sp.start({**written, "teams": bad}, 0, W).teams == {}
    assert sp.start({**written, "teams": bad}, 0, W).amount == resumed.amount  # the amount stands alone
