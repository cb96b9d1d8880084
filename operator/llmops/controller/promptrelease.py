"""Reconcile the release of one logical prompt: every PromptVersion of a namespace + spec.prompt
together (key `PromptRelease <namespace>/<prompt>`), since the invariants span them: one stable,
one canary at a time, the stable serving what the canary does not.

It writes PromptVersion status only. The weights reach the gateways through the LLMDeployment
controller, whose render reads the versions' status (phase, canaryWeight): one writer per
status, the ConfigMap as the seam."""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import UTC, datetime

from llmops.api.promptversion import PromptVersionStatus
from llmops.controller import kstatus
from llmops.controller.children import Outcome
from llmops.controller.contract import Key
from llmops.controller.kstatus import Verdict
from llmops.controller.release import FIELDS, PROMOTED, ROLLED_BACK, RUNNING, SUPERSEDED, Version, decide, no_analysis
from llmops.controller.writer import write_status

log = logging.getLogger("llmops.controller.promptrelease")
KIND = "PromptRelease"
VERSION_KIND = "PromptVersion"
OWNED_FIELDS = ("observedGeneration", "targets", "templateHash", "conditions", *FIELDS)


def prompt_of(obj: dict | None) -> str | None:
    return ((obj or {}).get("spec") or {}).get("prompt")


def served_prompt(obj: dict | None) -> str | None:
    return (((obj or {}).get("spec") or {}).get("gateway") or {}).get("prompt")


def template_hash(spec: dict) -> str:
    return hashlib.sha256(json.dumps(spec.get("template"), sort_keys=True).encode()).hexdigest()[:16]


def kept_verdict(status: dict) -> Verdict:
    """The Ready of a version the machine left alone (Superseded, RolledBack): as it was."""
    ready = next((c for c in status.get("conditions") or [] if c.get("type") == "Ready"), None)
    phase = status.get("phase")
    if ready is not None:
        return Verdict(ready.get("status") == "True", ready.get("reason") or phase or "Unknown",
                       ready.get("message") or "", stalled=phase == ROLLED_BACK)
    if phase == SUPERSEDED:
        return Verdict(True, "Superseded", "Replaced by a newer stable version")
    return Verdict(False, phase or "Unknown", f"Phase {phase}", stalled=phase == ROLLED_BACK)


def write_order(v: Version) -> int:
    """The new stable first, then the canary, then the rest: a crash between two writes leaves
    two Promoted (resolved by promotedAt), never none; the old stable's weight never moves
    before the canary's does."""
    return {PROMOTED: 0, **{p: 1 for p in RUNNING}}.get(v.phase, 2)


class PromptReleaseController:
    kind = KIND

    def __init__(self, kube, store, recorder, analyst=None, on_rollback=None) -> None:
        self.kube, self.store, self.recorder = kube, store, recorder
        # called (namespace, prompt, version) once per rollback written: the operator's counter
        self.on_rollback = on_rollback
        self.analyst = analyst  # prometheus.Analyst, or None without --prometheus-url

    def keys(self):
        return sorted({Key(KIND, o["metadata"].get("namespace", ""), p)
                       for o in self.store.list(VERSION_KIND) if (p := prompt_of(o))}, key=str)

    def related(self, kind: str, old: dict | None, new: dict | None) -> list[Key]:
        if kind == VERSION_KIND:
            prompts = {prompt_of(old), prompt_of(new)}
        elif kind == "LLMDeployment":  # targets: who serves the prompt
            if old is not None and new is not None and served_prompt(old) == served_prompt(new):
                return []
            prompts = {served_prompt(old), served_prompt(new)}
        else:
            return []
        ns = (new or old)["metadata"].get("namespace", "")
        return [Key(KIND, ns, p) for p in sorted(p for p in prompts if p)]

    def forget(self, obj: dict) -> None:
        pass  # nothing is remembered: the release state lives in the status

    def forget_missing(self, live_uids: set[str]) -> None:
        pass

    def reconcile(self, namespace: str, prompt: str, now: datetime | None = None) -> Outcome:
        out = Outcome()
        bodies = {o["metadata"]["name"]: o for o in self.store.list(VERSION_KIND, namespace)
                  if prompt_of(o) == prompt and not o["metadata"].get("deletionTimestamp")}
        if not bodies:
            return out
        now = now or datetime.now(UTC)
        versions = [Version(name, b["metadata"].get("creationTimestamp") or "", b.get("spec") or {},
                            {k: v for k, v in (b.get("status") or {}).items() if k in FIELDS},
                            dict(b["metadata"].get("annotations") or {}))
                    for name, b in bodies.items()]
        analyse = self.analyst.for_prompt(namespace, bodies) if self.analyst else no_analysis
        decision = decide(prompt, versions, now, analyse)
        targets = sorted(d["metadata"]["name"] for d in self.store.list("LLMDeployment", namespace)
                         if served_prompt(d) == prompt)
        for v in sorted(decision.versions, key=write_order):
            self.write(bodies[v.name], v, targets, now, out)
        out.requeue_after = decision.requeue_after
        return out

    def write(self, body: dict, v: Version, targets: list[str], now: datetime, out: Outcome) -> None:
        current = body.get("status") or {}
        gen = body["metadata"].get("generation", 1)
        verdict = v.verdict or kept_verdict(current)
        conds = kstatus.kstatus_conditions(kstatus.parse_conditions(current), verdict, gen, now)
        desired = {**v.status, "observedGeneration": gen, "templateHash": template_hash(body.get("spec") or {}),
                   "targets": targets if (v.status.get("weight") or 0) > 0 else [],
                   "conditions": kstatus.wire_conditions(conds)}
        PromptVersionStatus.model_validate(desired)  # never write what the schema would refuse
        written = write_status(self.kube, self.store, body, kstatus.changed_fields(current, desired, OWNED_FIELDS), out)
        if written and self.on_rollback and desired.get("phase") == ROLLED_BACK and current.get("phase") != ROLLED_BACK:
            self.on_rollback(body["metadata"]["namespace"], (body.get("spec") or {}).get("prompt", ""), v.name)
        for ev in v.events:
            log.info("PromptVersion %s/%s: %s: %s", body["metadata"]["namespace"], v.name, ev.reason, ev.message)
            self.recorder(body, ev)
            out.events.append(ev)
