"""Calendar windows of a budget, in the budget's IANA time zone. Pure: `now` is passed in.

A window is a local calendar day, ISO week (Monday to Monday) or month; its start and end are
instants (UTC), so a day across a DST change is 23 or 25 hours long and a month starts at the
local midnight whatever the offset is. A local midnight that does not exist (a zone that jumps
from 00:00 to 01:00) starts the day at the first instant that does.

The operator's clock may be offset (a development setting): windows are computed on
`now + offset`, and their start and end are given back on the real clock, so the code paths
that act at a rollover are the real ones, only sooner."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from llmops.api.llmdeployment import time_zone

__all__ = ["UnknownTimeZone", "Window", "window_at", "zone"]

PERIODS = ("Day", "Week", "Month")


class UnknownTimeZone(ValueError):
    pass


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """The zone named `name` (IANA); UnknownTimeZone naming the field when there is none."""
    try:
        return time_zone(name)
    except ValueError as e:
        raise UnknownTimeZone(f"spec.budget.timeZone: {e}") from None


@dataclass(frozen=True)
class Window:
    name: str         # "2026-12" (Month), "2026-W49" (ISO week), "2026-12-01" (Day)
    start: datetime   # first instant of the window, UTC, on the real clock
    end: datetime     # first instant of the next window (the rollover), UTC, on the real clock

    def contains(self, t: datetime) -> bool:
        return self.start <= t < self.end

    @property
    def seconds(self) -> float:
        return (self.end - self.start).total_seconds()


def _first_day(d: date, period: str) -> date:
    if period == "Day":
        return d
    if period == "Week":
        return d - timedelta(days=d.isoweekday() - 1)
    if period == "Month":
        return d.replace(day=1)
    raise ValueError(f"unknown budget period {period!r}")


def _next_first_day(first: date, period: str) -> date:
    if period == "Day":
        return first + timedelta(days=1)
    if period == "Week":
        return first + timedelta(days=7)
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def _name(first: date, period: str) -> str:
    if period == "Day":
        return first.isoformat()
    if period == "Week":
        year, week, _ = first.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return f"{first.year:04d}-{first.month:02d}"


def _local_midnight(d: date, tz: ZoneInfo) -> datetime:
    """The first instant of local day `d`, as UTC. zoneinfo reads a local time that does not
    exist with the offset from before the gap (fold=0), which lands on the first instant after
    it; an ambiguous midnight (fold=0) is its first occurrence. Both are what a day starts at."""
    return datetime.combine(d, time(0), tzinfo=tz).astimezone(UTC)


def window_at(now: datetime, period: str, time_zone: str, offset: timedelta = timedelta(0)) -> Window:
    """The window that `now` (+ the clock offset) falls in."""
    tz = zone(time_zone)
    shifted = now.astimezone(UTC) + offset
    first = _first_day(shifted.astimezone(tz).date(), period)
    start, end = _local_midnight(first, tz), _local_midnight(_next_first_day(first, period), tz)
    return Window(_name(first, period), start - offset, end - offset)


def resets_at(w: Window, time_zone: str, offset: timedelta = timedelta(0)) -> str:
    """The rollover as a person reads it: RFC 3339 in the budget's zone (on the offset clock)."""
    return (w.end + offset).astimezone(zone(time_zone)).isoformat()
