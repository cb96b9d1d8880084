"""Reconcile one GuardrailPolicy: validate its rules with the gateway's own config model,
publish the accepted version on its status, and say what it is attached to.

It owns no children: what it decides reaches the gateways as an input of the LLMDeployment and
RoutingPolicy renders (they read `status.accepted`), so each status keeps one writer. An
invalid edit keeps the last accepted version in force and says so: a typo must never switch
PII redaction off."""

from __future__ import annotations

from datetime import UTC, datetime

from llmops.api.guardrailpolicy import GuardrailPolicyStatus
from llmops.controller import kstatus
from llmops.controller.children import Outcome
from llmops.controller.contract import Key
from llmops.controller.kstatus import Verdict
from llmops.controller.reasons import Reason
from llmops.controller.writer import write_status
from llmops.render.guardrails import InvalidRules, accepted_record, policy_rules
from llmops.render.selection import matches

KIND = "GuardrailPolicy"
SELECTABLE = ("LLMDeployment", "RoutingPolicy")
OWNED_FIELDS = ("observedGeneration", "attachedTo", "accepted", "conditions")


def attached_names(store, namespace: str, selector: dict | None) -> list[str]:
    """LLMDeployments by name, RoutingPolicies as RoutingPolicy/<name>, sorted."""
    if selector is None:
        return []
    out = []
    for kind in SELECTABLE:
        prefix = "" if kind == "LLMDeployment" else f"{kind}/"
        out += [prefix + o["metadata"]["name"] for o in store.list(kind, namespace)
                if matches(selector, o["metadata"].get("labels"))]
    return sorted(out)


def _summary(names: list[str], limit: int = 5) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def verdict(error: str | None, accepted: dict | None, attached: list[str], namespace: str) -> Verdict:
    if error:
        kept = (f" The gateways keep enforcing generation {accepted['generation']}." if accepted
                else " Nothing of this policy is enforced until it is fixed.")
        return Verdict(False, Reason.INVALID_PATTERN, error + kept, stalled=True)
    if not attached:
        return Verdict(True, Reason.SELECTS_NOTHING,
                       f"Valid; its selector matches no LLMDeployment or RoutingPolicy in namespace {namespace}")
    return Verdict(True, Reason.ATTACHED, f"Enforced for {len(attached)}: {_summary(attached)}")


class GuardrailPolicyController:
    kind = KIND

    def __init__(self, kube, store, recorder) -> None:
        self.kube, self.store, self.recorder = kube, store, recorder

    def keys(self):
        return [Key(KIND, ns, n) for ns, n in self.store.keys(KIND)]

    def related(self, kind: str, old: dict | None, new: dict | None) -> list[Key]:
        """A selectable object created, deleted or relabelled: the policies that select it,
        before or after, update their attachedTo."""
        if kind not in SELECTABLE:
            return []
        before = old["metadata"].get("labels") if old else None
        after = new["metadata"].get("labels") if new else None
        if old is not None and new is not None and before == after:
            return []
        ns = (new or old)["metadata"].get("namespace", "")
        keys = []
        for p in self.store.list(KIND, ns):
            selectors = [s for s in ((p.get("spec") or {}).get("selector"),
                                     ((p.get("status") or {}).get("accepted") or {}).get("selector")) if s is not None]
            if any((old is not None and matches(s, before)) or (new is not None and matches(s, after))
                   for s in selectors):
                keys.append(Key(KIND, ns, p["metadata"]["name"]))
        return keys

    def forget(self, obj: dict) -> None:
        pass  # nothing remembered per policy

    def forget_missing(self, live_uids: set[str]) -> None:
        pass

    def reconcile(self, namespace: str, name: str, now: datetime | None = None) -> Outcome:
        out = Outcome()
        body = self.store.get(KIND, namespace, name)
        if body is None or body["metadata"].get("deletionTimestamp"):
            return out
        now = now or datetime.now(UTC)
        gen = body["metadata"].get("generation", 1)
        spec = body.get("spec") or {}
        current = body.get("status") or {}
        accepted, error = current.get("accepted"), None
        try:
            policy = policy_rules(name, spec)
            accepted = accepted_record(gen, spec.get("selector") or {}, policy)
        except InvalidRules as e:
            error = f"GuardrailPolicy {name!r}: {e}"
        attached = attached_names(self.store, namespace, accepted["selector"] if accepted else None)
        v = verdict(error, accepted, attached, namespace)
        conds = kstatus.kstatus_conditions(kstatus.parse_conditions(current), v, gen, now)
        desired = GuardrailPolicyStatus.model_validate({
            "observedGeneration": gen, "accepted": accepted, "conditions": kstatus.wire_conditions(conds),
        }).to_api()
        desired["attachedTo"] = attached  # [] is written: "selects nothing" is a fact, not an omission
        if write_status(self.kube, self.store, body, kstatus.changed_fields(current, desired, OWNED_FIELDS), out):
            out.events.extend(kstatus.ready_events(current, desired))
        for ev in out.events:
            self.recorder(body, ev)
        return out
