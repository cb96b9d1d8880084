"""Budget windows: calendar day, ISO week, month, in an IANA zone, DST-correct."""

from datetime import UTC, datetime, timedelta

import pytest

from llmops.controller.budget_window import UnknownTimeZone, resets_at, window_at


def utc(*a) -> datetime:
    return datetime(*a, tzinfo=UTC)


def test_month_in_utc():
    w = window_at(utc(2026, 12, 1, 10, 30), "Month", "UTC")
    assert (w.name, w.start, w.end) == ("2026-12", utc(2026, 12, 1), utc(2027, 1, 1))
    assert w.contains(utc(2026, 12, 31, 23, 59, 59)) and not w.contains(utc(2027, 1, 1))


def test_iso_week_and_day_names():
    assert window_at(utc(2026, 12, 1, 10), "Week", "UTC").name == "2026-W49"
    w = window_at(utc(2026, 12, 1, 10), "Week", "UTC")
    assert w.start == utc(2026, 11, 30) and w.end == utc(2026, 12, 7)  # Monday to Monday
    assert window_at(utc(2026, 12, 1, 10), "Day", "UTC").name == "2026-12-01"


@pytest.mark.parametrize("day, name, monday", [
    (utc(2021, 1, 3), "2020-W53", utc(2020, 12, 28)),   # a Sunday in ISO week 53 of the year before
    (utc(2024, 12, 30), "2025-W01", utc(2024, 12, 30)),  # a Monday that begins next year's week 1
    (utc(2027, 1, 1), "2026-W53", utc(2026, 12, 28)),    # 2026 has 53 ISO weeks
    (utc(2028, 1, 2), "2027-W52", utc(2027, 12, 27)),
])
def test_iso_weeks_at_year_edges(day, name, monday):
    w = window_at(day, "Week", "UTC")
    assert (w.name, w.start, w.end - w.start) == (name, monday, timedelta(days=7))


def test_month_rolls_over_the_year():
    w = window_at(utc(2026, 12, 31, 23), "Month", "UTC")
    assert w.end == utc(2027, 1, 1)
    assert window_at(w.end, "Month", "UTC").name == "2027-01"


def test_the_local_calendar_decides_the_window():
    # 23:30 UTC on Nov 30 is already Dec 1 in Berlin (UTC+1)
    w = window_at(utc(2026, 11, 30, 23, 30), "Month", "Europe/Berlin")
    assert w.name == "2026-12" and w.start == utc(2026, 11, 30, 23) and w.end == utc(2026, 12, 31, 23)
    # and still Nov 30 in New York (UTC-5)
    assert window_at(utc(2026, 12, 1, 3), "Day", "America/New_York").name == "2026-11-30"


def test_days_across_dst_are_23_and_25_hours():
    spring = window_at(utc(2026, 3, 29, 12), "Day", "Europe/Berlin")  # clocks go 02:00 -> 03:00
    assert spring.name == "2026-03-29" and spring.seconds == 23 * 3600
    assert spring.start == utc(2026, 3, 28, 23) and spring.end == utc(2026, 3, 29, 22)
    autumn = window_at(utc(2026, 10, 25, 12), "Day", "Europe/Berlin")  # 03:00 -> 02:00
    assert autumn.seconds == 25 * 3600
    # a month holding the spring change is an hour short of 31 days
    assert window_at(utc(2026, 3, 15), "Month", "Europe/Berlin").seconds == 31 * 86400 - 3600


def test_a_midnight_that_does_not_exist_starts_the_day_at_the_first_instant_that_does():
    # America/Santiago moves from 00:00 to 01:00 on 2026-09-06 (start of DST)
    w = window_at(utc(2026, 9, 6, 12), "Day", "America/Santiago")
    assert w.name == "2026-09-06" and w.start == utc(2026, 9, 6, 4)  # 01:00 -03 is 04:00 UTC
    before = window_at(utc(2026, 9, 5, 12), "Day", "America/Santiago")
    assert before.end == w.start and before.seconds == 24 * 3600
    assert w.seconds == 23 * 3600


def test_windows_tile_time_without_gaps_or_overlaps():
    for period in ("Day", "Week", "Month"):
        for tz in ("UTC", "Europe/Berlin", "America/Santiago", "Australia/Lord_Howe", "Asia/Kathmandu"):
            w = window_at(utc(2026, 1, 1), period, tz)
            for _ in range(60 if period == "Day" else 14):
                nxt = window_at(w.end, period, tz)
                assert nxt.start == w.end and nxt.name > w.name and w.seconds > 0
                assert window_at(w.end - timedelta(microseconds=1), period, tz) == w
                w = nxt


def test_clock_offset_moves_the_window_but_reports_real_instants():
    real = utc(2026, 12, 31, 23, 59, 50)
    w = window_at(real, "Month", "UTC", offset=timedelta(seconds=20))  # offset clock says 2027-01-01 00:00:10
    assert w.name == "2027-01" and w.start == utc(2026, 12, 31, 23, 59, 40)
    near = window_at(utc(2026, 12, 1), "Month", "UTC", offset=-timedelta(seconds=5))
    assert near.name == "2026-11" and near.end == utc(2026, 12, 1, 0, 0, 5)  # the rollover comes 5 s later
    assert resets_at(near, "UTC", -timedelta(seconds=5)) == "2026-12-01T00:00:00+00:00"


def test_resets_at_is_told_in_the_budget_zone():
    w = window_at(utc(2026, 12, 10), "Month", "Europe/Berlin")
    assert resets_at(w, "Europe/Berlin") == "2027-01-01T00:00:00+01:00"


@pytest.mark.parametrize("bad", ["Mars/Olympus", "", "../etc/passwd", "/etc/localtime", " UTC", "Europe/"])
def test_unknown_zone_names_the_field(bad):
    with pytest.raises(UnknownTimeZone, match=r"spec\.budget\.timeZone: unknown time zone"):
        window_at(utc(2026, 12, 1), "Day", bad)


def test_the_spec_refuses_an_unknown_zone_naming_the_field():
    from pydantic import ValidationError

    from llmops.api.llmdeployment import LLMDeploymentSpec

    spec = {"model": {"uri": "hf://org/m"}, "engine": {"type": "vLLM"}, "pricing": {},
            "budget": {"limit": "5", "timeZone": "Europe/Atlantis"}}
    with pytest.raises(ValidationError) as e:
        LLMDeploymentSpec.model_validate(spec)
    assert [err["loc"] for err in e.value.errors()] == [("budget", "timeZone")]
    assert "unknown time zone 'Europe/Atlantis'" in str(e.value)
    spec["budget"]["timeZone"] = "Pacific/Chatham"  # +12:45, from the tzdata package where the system has no zone files
    assert LLMDeploymentSpec.model_validate(spec).budget.time_zone == "Pacific/Chatham"
