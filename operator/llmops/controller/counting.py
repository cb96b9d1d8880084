"""Exact counter increases from raw samples. Pure.

`increase()` extrapolates to the window's edges and misses the first sample of a series born
inside the window (a version's first requests, a pod restarted), so the analysis reads the raw
samples of a range selector and counts them itself:
- the baseline of a series is its last sample at or before the window's start; a series with
  no sample there was born inside the window and counts from 0 (counters start at 0);
- a value lower than the one before it is a counter reset (the process restarted): the new
  value is what was counted since;
- series are summed per group (e.g. per prompt version and status code), so a pod replaced in
  the window contributes its old series up to its end and its new one from 0."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable


def exact_increase(samples: Iterable[tuple[float, float]], start: float) -> float:
    """How much a counter grew after `start`, from its (time, value) samples in time order."""
    total, prev = 0.0, None
    for t, v in samples:
        if t <= start:
            prev = v
            continue
        if prev is None:
            total += v
        elif v >= prev:
            total += v - prev
        else:
            total += v
        prev = v
    return total


def sum_increases(series: Iterable[dict], start: float,
                  group: Callable[[dict], Hashable | None]) -> dict[Hashable, float]:
    """Prometheus matrix results ({"metric": labels, "values": [[t, "v"], ...]}) -> the exact
    increase after `start`, summed per `group(labels)` (None: not counted)."""
    out: dict[Hashable, float] = {}
    for s in series:
        key = group(s.get("metric") or {})
        if key is None:
            continue
        samples = [(float(t), float(v)) for t, v in s.get("values") or ()]
        out[key] = out.get(key, 0.0) + exact_increase(samples, start)
    return out
