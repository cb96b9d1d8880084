"""What the GuardrailPolicies of a namespace mean for one selected object: a render input.

The GuardrailPolicy controller is the only writer of a policy's status; it publishes the rules
it accepted there (`status.accepted`: generation, hash, selector, rules). The renders of
LLMDeployments and routers read only those accepted rules, selected by the accepted selector,
so an invalid edit never weakens what is enforced, and a restarted operator or a relabelled
deployment finds the same rules. Pure over the cache; parsed rules are remembered by hash."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from llmops.api import gateway_config as gc
from llmops.controller.reasons import Reason
from llmops.controller.status import GuardrailState
from llmops.render.guardrails import Accepted, InvalidRules, read_accepted
from llmops.render.selection import matches

POLICY = "GuardrailPolicy"


@dataclass(frozen=True)
class GuardrailInputs:
    """The rules to render and what the object's status says about them."""

    rules: tuple[gc.GuardrailPolicy, ...]
    fingerprint: tuple[tuple[str, str], ...]   # (policy, accepted hash): part of the render cache key
    state: GuardrailState | None               # None: no policy selects (or means to select) it
    hold: str | None = None                    # set: the accepted rules cannot be read; keep what runs


def _ready_reason(policy: dict) -> str | None:
    for c in (policy.get("status") or {}).get("conditions") or []:
        if c.get("type") == "Ready":
            return c.get("reason")
    return None


class GuardrailReader:
    def __init__(self, store) -> None:
        self.store = store
        self._parsed: dict[tuple[str, str], Accepted] = {}  # (uid, hash) -> parsed accepted rules
        self._lock = threading.Lock()

    def _accepted(self, policy: dict) -> Accepted | None:
        acc = (policy.get("status") or {}).get("accepted") or {}
        key = (policy["metadata"].get("uid", ""), str(acc.get("hash", "")))
        with self._lock:
            hit = self._parsed.get(key)
        if hit is not None or not acc:
            return hit
        parsed = read_accepted(policy)
        with self._lock:
            if len(self._parsed) > 4096:  # old hashes of edited policies
                self._parsed.clear()
            self._parsed[key] = parsed
        return parsed

    def inputs(self, namespace: str, labels: dict | None) -> GuardrailInputs:
        rules, fp, enforced, problems, hold = [], [], [], [], None
        for policy in sorted(self.store.list(POLICY, namespace), key=lambda p: p["metadata"]["name"]):
            name = policy["metadata"]["name"]
            try:
                acc = self._accepted(policy)
            except InvalidRules as e:
                hold = str(e)
                continue
            wanted = matches((policy.get("spec") or {}).get("selector"), labels)
            if acc is not None and matches(acc.selector, labels):
                rules.append(acc.policy)
                fp.append((name, acc.hash))
                enforced.append(name)
                if acc.generation == policy["metadata"].get("generation"):
                    continue
            elif not wanted:
                continue
            # Selected (now or by its latest spec) but its latest generation is not what runs.
            invalid = _ready_reason(policy) == Reason.INVALID_PATTERN
            if acc is None:
                problems.append((Reason.POLICY_INVALID if invalid else Reason.POLICY_PENDING,
                                 f"GuardrailPolicy {name!r} has no valid version yet: none of its rules apply"
                                 if invalid else f"GuardrailPolicy {name!r} is not validated yet"))
            else:
                problems.append((Reason.POLICY_INVALID if invalid else Reason.POLICY_PENDING,
                                 f"GuardrailPolicy {name!r} generation {policy['metadata'].get('generation')} is "
                                 f"{'invalid' if invalid else 'not validated yet'}; its generation {acc.generation} "
                                 "stays enforced"))
        if hold:
            state = GuardrailState(tuple(enforced), False, Reason.POLICY_INVALID,
                                   f"{hold}; the gateway config is left as it is")
        elif problems:
            reason = Reason.POLICY_INVALID if any(r == Reason.POLICY_INVALID for r, _ in problems) \
                else Reason.POLICY_PENDING
            state = GuardrailState(tuple(enforced), False, reason, "; ".join(m for _, m in problems))
        elif enforced:
            state = GuardrailState(tuple(enforced))
        else:
            state = None
        return GuardrailInputs(tuple(rules), tuple(fp), state, hold)


def referencing(store, kind: str, namespace: str, policy_objs: list[dict]) -> list[str]:
    """Names of `kind` objects a change of these policy versions may concern: selected by any of
    their selectors (accepted or wanted), or listing the policy in status.guardrails."""
    selectors = []
    names = set()
    for p in policy_objs:
        if p is None:
            continue
        names.add(p["metadata"]["name"])
        selectors.append((p.get("spec") or {}).get("selector"))
        selectors.append(((p.get("status") or {}).get("accepted") or {}).get("selector"))
    out = []
    for obj in store.list(kind, namespace):
        labels = obj["metadata"].get("labels") or {}
        listed = set((obj.get("status") or {}).get("guardrails") or ())
        if listed & names or any(matches(s, labels) for s in selectors if s is not None):
            out.append(obj["metadata"]["name"])
    return out
