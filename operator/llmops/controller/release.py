"""The release step machine of one logical prompt (namespace + spec.prompt). Pure: the
versions with their status and annotations, the time and an `analyse` function in; each
version's release fields, its Ready verdict and the Events out.

Every piece of release state lives in the versions' status (phase, weight, currentStep,
stepStartedAt, analysis, the annotation tokens acted on), so a restarted operator resumes at
the same step with the same step start time.

Rules (docs/prompts.md):
- exactly one version is Promoted (the stable); promoting another marks it Superseded;
- one release at a time: Canary and Immediate versions wait (Pending, `Queued`) in creation
  order behind a running canary, so a canary is always judged against one stable; Manual
  versions wait for their promotion on their own and never block the queue;
- a first version (no stable) is promoted at once, whatever its strategy but Manual;
- failed runs are counted in total over the whole canary (not in a row, not per step): the
  canary rolls back at the first failed run that makes them exceed failureLimit;
- annotations `llmops.dev/promote` and `llmops.dev/abort` are acted on once per value."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import ValidationError

from llmops.api.meta import parse_duration
from llmops.api.promptversion import Release, ReleaseStrategy
from llmops.controller.analysis import Run, RunVerdict, Why
from llmops.controller.kstatus import Event, Verdict

PROMOTE = "llmops.dev/promote"
ABORT = "llmops.dev/abort"

PROMOTED, SUPERSEDED, ROLLED_BACK = "Promoted", "Superseded", "RolledBack"
PROGRESSING, PAUSED, PENDING, FAILED = "Progressing", "Paused", "Pending", "Failed"
RUNNING = (PROGRESSING, PAUSED)
# Fields of the status the machine owns (with conditions, observedGeneration, targets beside).
FIELDS = ("phase", "weight", "canaryWeight", "currentStep", "stepStartedAt", "promotedAt", "analysis", "actions")
# Reasons of an inconclusive run a person must hear about (the others are the normal wait).
PROBLEMS = (Why.UNREACHABLE, Why.INVALID_QUERY, Why.QUERY_FAILED, Why.NOT_CONFIGURED)


class ReleaseReason(StrEnum):
    """Reasons of PromptVersion conditions and Events, each declared once."""

    PROMOTED = "Promoted"                               # the stable version of its prompt (also the Event of a promotion)
    PROMOTED_WITHOUT_CANARY = "PromotedWithoutCanary"   # promoted at once: no stable version to compare with
    SUPERSEDED = "Superseded"                           # replaced by a newer stable version; kept for the record
    ROLLED_BACK = "RolledBack"                          # the analysis failed more than failureLimit times; weight 0
    ABORTED = "Aborted"                                 # rolled back by the llmops.dev/abort annotation
    ABORT_REFUSED = "AbortRefused"                      # Event: the stable version cannot be aborted
    PROMOTE_REFUSED = "PromoteRefused"                  # Event: another canary of the prompt is in progress
    AWAITING_PROMOTION = "AwaitingPromotion"            # Manual, or a canary step without pause: waiting for llmops.dev/promote
    CANARY_PROGRESSING = "CanaryProgressing"            # a canary step is in progress
    CANARY_STARTED = "CanaryStarted"                    # Event: a canary began its first step
    STEP_ADVANCED = "StepAdvanced"                      # Event: a canary moved to its next step
    ANALYSIS_FAILED = "AnalysisFailed"                  # Event: one analysis run failed
    QUEUED = "Queued"                                   # waiting for the running canary of the prompt to end
    INVALID_SPEC = "InvalidSpec"                        # spec.release cannot be read


Analyse = Callable[[str, str, datetime, datetime], Run]  # (canary, stable, since, now) -> run


@dataclass
class Version:
    name: str
    created: str
    spec: dict
    status: dict
    annotations: dict = field(default_factory=dict)

    # filled by the machine
    verdict: Verdict | None = None  # None: keep the Ready condition it has (terminal phases)
    events: list[Event] = field(default_factory=list)

    @property
    def phase(self) -> str | None:
        return self.status.get("phase")

    def set(self, **fields) -> None:
        for k, v in fields.items():
            if v is None:
                self.status.pop(k, None)
            else:
                self.status[k] = v


def ts(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_ts(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def next_tick(t: datetime, interval: timedelta) -> datetime:
    """The first multiple of `interval` since the epoch strictly after `t`."""
    step = interval.total_seconds()
    return datetime.fromtimestamp((math.floor(t.timestamp() / step) + 1) * step, t.tzinfo)


def release_of(v: Version) -> Release:
    """The parsed spec.release; no release is Immediate."""
    raw = (v.spec or {}).get("release")
    return Release.model_validate(raw) if raw else Release(strategy=ReleaseStrategy.IMMEDIATE)


@dataclass
class Decision:
    versions: list[Version]
    requeue_after: float | None = None

    def wake(self, seconds: float) -> None:
        seconds = max(seconds, 1.0)
        self.requeue_after = seconds if self.requeue_after is None else min(self.requeue_after, seconds)


class Machine:
    def __init__(self, prompt: str, versions: list[Version], now: datetime, analyse: Analyse) -> None:
        self.prompt, self.now, self.analyse = prompt, now, analyse
        self.versions = sorted(versions, key=lambda v: (v.created, v.name))
        self.decision = Decision(self.versions)

    # -- helpers -----------------------------------------------------------------------------

    def stable(self) -> Version | None:
        return next((v for v in self.versions if v.phase == PROMOTED), None)

    def running(self) -> Version | None:
        return next((v for v in self.versions if v.phase in RUNNING), None)

    def promote(self, v: Version, reason: str, message: str) -> None:
        old = self.stable()
        v.set(phase=PROMOTED, weight=100, canaryWeight=None, promotedAt=ts(self.now))
        v.verdict = Verdict(True, ReleaseReason.PROMOTED, f"Stable version of prompt {self.prompt!r}")
        v.events.append(Event("Normal", reason, message))
        if old is not None and old is not v:
            self.supersede(old, v)

    def supersede(self, old: Version, by: Version) -> None:
        old.set(phase=SUPERSEDED, weight=0, canaryWeight=None)
        old.verdict = Verdict(True, ReleaseReason.SUPERSEDED, f"Replaced by {by.name} as the stable version of {self.prompt!r}")
        old.events.append(Event("Normal", ReleaseReason.SUPERSEDED, f"{by.name} is now the stable version of {self.prompt!r}"))

    def roll_back(self, v: Version, reason: str, message: str) -> None:
        v.set(phase=ROLLED_BACK, weight=0, canaryWeight=0)
        v.verdict = Verdict(False, reason, message, stalled=True)
        v.events.append(Event("Warning", reason, message))

    # -- the decision ------------------------------------------------------------------------

    def run(self) -> Decision:
        self.keep_one_stable()
        releases = {}
        for v in self.versions:
            try:
                releases[v.name] = release_of(v)
            except ValidationError as e:
                if v.phase not in (PROMOTED, SUPERSEDED, ROLLED_BACK):
                    v.set(phase=FAILED, weight=0)
                    v.verdict = Verdict(False, ReleaseReason.INVALID_SPEC, f"spec.release: {e.errors()[0]['msg']}", stalled=True)
        for v in self.versions:
            if v.name in releases:
                self.act_on_annotations(v, releases[v.name])
        self.start_queued(releases)
        canary = self.running()
        if canary is not None:
            self.step(canary, releases[canary.name])
            if self.running() is None:
                self.start_queued(releases)
                if (c := self.running()) is not None:
                    self.step(c, releases[c.name])
        self.settle_waiting(releases)
        self.set_weights()
        return self.decision

    def keep_one_stable(self) -> None:
        """Two Promoted only after a crash between the two writes of a promotion: the latest
        promotion wins (its write went first)."""
        promoted = [v for v in self.versions if v.phase == PROMOTED]
        if len(promoted) > 1:
            latest = max(promoted, key=lambda v: (v.status.get("promotedAt") or "", v.created))
            for v in promoted:
                if v is not latest:
                    self.supersede(v, latest)

    def act_on_annotations(self, v: Version, rel: Release) -> None:
        actions = dict(v.status.get("actions") or {})
        for action in ("abort", "promote"):
            token = v.annotations.get(ABORT if action == "abort" else PROMOTE)
            if not token or actions.get(action) == token:
                continue
            actions[action] = token
            v.set(actions=dict(actions))
            (self.abort if action == "abort" else self.promote_by_hand)(v, rel, token)

    def abort(self, v: Version, rel: Release, token: str) -> None:
        if v.phase == PROMOTED:
            v.events.append(Event("Warning", ReleaseReason.ABORT_REFUSED,
                                  f"{v.name} is the stable version of {self.prompt!r}: promote another version instead"))
        elif v.phase in (None, PENDING, PROGRESSING, PAUSED, FAILED):
            self.roll_back(v, ReleaseReason.ABORTED, f"Aborted by hand ({ABORT}={token}); weight 0")

    def promote_by_hand(self, v: Version, rel: Release, token: str) -> None:
        running = self.running()
        if v.phase == PROMOTED:
            return
        if v is running:
            self.advance(v, rel, f"by hand ({PROMOTE}={token})")
        elif running is not None:
            v.events.append(Event("Warning", ReleaseReason.PROMOTE_REFUSED,
                                  f"canary {running.name} of {self.prompt!r} is in progress: abort it first"))
        else:
            self.promote(v, ReleaseReason.PROMOTED, f"Promoted by hand ({PROMOTE}={token})")

    def start_queued(self, releases: dict[str, Release]) -> None:
        """With no canary running, start the queued releases in creation order; an Immediate one
        completes at once, so the next one starts after it."""
        for v in self.versions:
            if self.running() is not None:
                return
            rel = releases.get(v.name)
            if rel is None or v.phase not in (None, PENDING) or rel.strategy == ReleaseStrategy.MANUAL:
                continue
            if rel.strategy == ReleaseStrategy.IMMEDIATE:
                self.promote(v, ReleaseReason.PROMOTED, "Promoted at once (strategy Immediate)")
            elif self.stable() is None:
                self.promote(v, ReleaseReason.PROMOTED_WITHOUT_CANARY,
                             f"Promoted at once: {v.name} is the first version of {self.prompt!r}, "
                             "there is no stable version to compare with or to serve the rest")
            else:
                self.enter_step(v, rel, 0)
                v.events.append(Event("Normal", ReleaseReason.CANARY_STARTED,
                                      f"Canary of {self.prompt!r} against {self.stable().name}: step 1/{len(rel.steps)} "
                                      f"at {rel.steps[0].weight}%"))

    def enter_step(self, v: Version, rel: Release, i: int) -> None:
        step = rel.steps[i]
        v.set(phase=PROGRESSING if step.pause else PAUSED, currentStep=i, canaryWeight=step.weight,
              weight=step.weight, stepStartedAt=ts(self.now))
        if i == 0:
            v.set(analysis=None)

    def advance(self, v: Version, rel: Release, why: str) -> None:
        i = int(v.status.get("currentStep") or 0) + 1
        if i >= len(rel.steps or ()):
            self.promote(v, ReleaseReason.PROMOTED, f"Promoted after {len(rel.steps or ())} canary steps, {why}")
            return
        self.enter_step(v, rel, i)
        v.events.append(Event("Normal", ReleaseReason.STEP_ADVANCED, f"Step {i + 1}/{len(rel.steps)}: {rel.steps[i].weight}% ({why})"))

    def step(self, v: Version, rel: Release) -> None:
        """One look at the running canary: analysis when due, then advance, hold or roll back."""
        stable = self.stable()
        if stable is None:  # the stable was deleted under it
            self.promote(v, ReleaseReason.PROMOTED_WITHOUT_CANARY,
                         f"Promoted at once: prompt {self.prompt!r} has no stable version left to compare with")
            return
        if rel.strategy != ReleaseStrategy.CANARY or not rel.steps:  # spec.release edited mid-canary
            if rel.strategy == ReleaseStrategy.IMMEDIATE:
                self.promote(v, ReleaseReason.PROMOTED, "Promoted at once: spec.release.strategy changed to Immediate")
                return
            v.set(phase=PAUSED)  # Manual: the weight holds until a person decides
            v.verdict = Verdict(False, ReleaseReason.AWAITING_PROMOTION,
                                f"Manual release: holding at {v.status.get('canaryWeight')}%, waiting for {PROMOTE}")
            return
        i = min(int(v.status.get("currentStep") or 0), len(rel.steps) - 1)  # steps may have been edited
        step = rel.steps[i]
        started = parse_ts(v.status.get("stepStartedAt")) or self.now
        pause = parse_duration(step.pause) if step.pause else None
        pause_end = started + pause if pause is not None else None
        analysis = dict(v.status.get("analysis") or {})
        a = rel.analysis
        if a is not None:
            interval = parse_duration(a.interval)
            last = parse_ts(analysis.get("lastRunAt"))
            # At every tick of a grid of `interval` on the clock (so canaries with the same
            # interval run together and share their queries), and once more when the pause ends
            # (a step advances on a run made after its pause, never on an older one).
            ref = max(last, started) if last is not None else started
            due = self.now >= next_tick(ref, interval) or (pause_end is not None and self.now >= pause_end and
                                                 (last is None or last < pause_end))
            if due:
                run = self.analyse(v.name, stable.name, started, self.now)
                analysis = self.record(v, i, run, analysis)
                if run.verdict == RunVerdict.FAILED and analysis["failures"] > a.failure_limit:
                    self.roll_back(v, ReleaseReason.ROLLED_BACK,
                                   f"Rolled back: analysis failed {analysis['failures']} times "
                                   f"(failureLimit {a.failure_limit}): {run.message}")
                    return
                ref = self.now
            self.decision.wake((next_tick(ref, interval) - self.now).total_seconds())
        passed = a is None or (analysis.get("verdict") == "Passed" and analysis.get("step") == i and
                               (pause_end is None or (parse_ts(analysis.get("lastRunAt")) or started) >= pause_end))
        if pause_end is not None and self.now >= pause_end and passed:
            self.advance(v, rel, f"pause of {step.pause} over" + (", analysis passed" if a else ""))
            if v.phase in RUNNING:
                self.step(v, rel)  # the new step: wake at its pause and its first analysis
            return
        if pause_end is not None and self.now < pause_end:
            self.decision.wake((pause_end - self.now).total_seconds())
        v.verdict = self.canary_verdict(v, rel, i, analysis, pause_end)

    def record(self, v: Version, i: int, run: Run, analysis: dict) -> dict:
        before = (analysis.get("verdict"), analysis.get("reason"))
        failures = int(analysis.get("failures") or 0) + (run.verdict == RunVerdict.FAILED)
        out = {"lastRunAt": ts(self.now), "step": i, "verdict": str(run.verdict), "reason": str(run.reason),
               "message": run.message[:1024], "failures": failures}
        if run.samples is not None:
            out["samples"] = {"canary": run.samples[0], "stable": run.samples[1]}
        if run.results:
            out["results"] = [r.to_api() for r in run.results]
        v.set(analysis=out)
        if run.verdict == RunVerdict.FAILED:
            v.events.append(Event("Warning", ReleaseReason.ANALYSIS_FAILED, f"Failed run {failures}: {run.message}"))
        elif run.reason in PROBLEMS and before != (str(run.verdict), str(run.reason)):
            v.events.append(Event("Warning", str(run.reason), f"Analysis cannot judge, holding: {run.message}"))
        return out

    def canary_verdict(self, v: Version, rel: Release, i: int, analysis: dict, pause_end) -> Verdict:
        where = f"step {i + 1}/{len(rel.steps)} at {rel.steps[i].weight}%"
        reason = analysis.get("reason")
        if reason in PROBLEMS and analysis.get("step") == i:
            return Verdict(False, reason, f"Holding at {where}: {analysis.get('message')}",
                           stalled=reason == Why.INVALID_QUERY, reconciling=reason != Why.INVALID_QUERY)
        if pause_end is None:
            return Verdict(False, ReleaseReason.AWAITING_PROMOTION,
                           f"Paused at {where}: waiting for {PROMOTE} (llmops prompt promote {v.name})")
        msg = f"Canary at {where}"
        if analysis.get("step") == i and analysis.get("message"):
            msg += f"; analysis {analysis['verdict'].lower()}: {analysis['message']}"
        return Verdict(False, ReleaseReason.CANARY_PROGRESSING, msg[:1024], reconciling=True)

    def settle_waiting(self, releases: dict[str, Release]) -> None:
        """Versions not released yet: Manual ones wait for a person, the others for the canary."""
        running = self.running()
        for v in self.versions:
            rel = releases.get(v.name)
            if rel is None or v.phase not in (None, PENDING):
                continue
            v.set(phase=PENDING, weight=0)
            if rel.strategy == ReleaseStrategy.MANUAL:
                v.verdict = Verdict(False, ReleaseReason.AWAITING_PROMOTION,
                                    f"Manual release: waiting for {PROMOTE} (llmops prompt promote {v.name})")
            else:
                v.verdict = Verdict(False, ReleaseReason.QUEUED, f"Waiting for canary {running.name} of {self.prompt!r} to end",
                                    reconciling=True)

    def set_weights(self) -> None:
        """The stable serves what the canary does not; every other version serves nothing."""
        running, stable = self.running(), self.stable()
        for v in self.versions:
            if v is stable:
                v.set(weight=100 - int(running.status.get("canaryWeight") or 0) if running else 100)
                if v.verdict is None:
                    v.verdict = Verdict(True, ReleaseReason.PROMOTED, f"Stable version of prompt {self.prompt!r}")
            elif v is not running:
                v.set(weight=0)


def decide(prompt: str, versions: list[Version], now: datetime, analyse: Analyse) -> Decision:
    return Machine(prompt, versions, now, analyse).run()


def no_analysis(canary: str, stable: str, since: datetime, now: datetime) -> Run:
    return Run(RunVerdict.INCONCLUSIVE, Why.NOT_CONFIGURED,
               "the operator runs without --prometheus-url: an analysis cannot run")

