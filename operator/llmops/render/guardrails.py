"""GuardrailPolicy spec -> the rules a gateway enforces, and the record of what was accepted.

Pure. The rules are validated by the gateway config's own models (`gateway_config`), the very
code a gateway runs when it loads its file, so the operator refuses exactly what a gateway
would refuse, before it reaches any pod."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from pydantic import ValidationError

from llmops.api import gateway_config as gc


class InvalidRules(ValueError):
    """A policy the gateway would refuse; the message names the rule and the error."""


def _pii(p: dict | None) -> dict | None:
    return None if p is None else {"entities": list(p.get("entities") or []), "action": p.get("action", "Redact")}


def _deny(rules: list | None) -> list[dict]:
    return [{"name": r.get("name"), "pattern": r.get("pattern"), "action": r.get("action", "Block")}
            for r in rules or []]


def _direction(d: dict | None, output: bool) -> dict | None:
    if d is None:
        return None
    out: dict = {"deny": _deny(d.get("deny"))}
    if (pii := _pii(d.get("pii"))) is not None:
        out["pii"] = pii
    if not output and (inj := d.get("promptInjection")) is not None:
        # The CRD's Audit action is a per-rule mode in the gateway: detect and record, never block.
        out["promptInjection"] = ({"action": "Block", "mode": "Audit"} if inj.get("action") == "Audit"
                                  else {"action": "Block"})
    if not output and d.get("maxTokens") is not None:
        out["maxTokens"] = d["maxTokens"]
        if d.get("maxTokensMode"):
            out["maxTokensMode"] = d["maxTokensMode"]
    if output and d.get("jsonSchema"):
        out["jsonSchema"] = d["jsonSchema"]
        if d.get("jsonSchemaMode"):
            out["jsonSchemaMode"] = d["jsonSchemaMode"]
    return out


def _where(loc: tuple, wire: dict) -> str:
    """`input.deny[codenames].pattern` from pydantic's ('input', 'deny', 0, 'pattern')."""
    parts: list[str] = []
    node = wire
    for item in loc:
        if isinstance(item, int) and isinstance(node, list) and item < len(node):
            node = node[item]
            label = node.get("name") if isinstance(node, dict) and node.get("name") else item
            parts[-1] += f"[{label}]"
            continue
        parts.append(str(item))
        node = node.get(item) if isinstance(node, dict) else None
    return "spec." + ".".join(parts)


def policy_rules(name: str, spec: dict) -> gc.GuardrailPolicy:
    """The gateway form of one policy. Raises InvalidRules naming each refused rule."""
    wire = {"name": name, "mode": spec.get("mode", "Enforce"),
            "blockMessage": spec.get("blockMessage", "This request was blocked by policy.")}
    for direction in ("input", "output"):
        if (d := _direction(spec.get(direction), direction == "output")) is not None:
            wire[direction] = d
    try:
        return gc.GuardrailPolicy.model_validate(wire)
    except ValidationError as e:
        msgs = [f"{_where(err['loc'], wire)}: {err['msg'].removeprefix('Value error, ')}" for err in e.errors()]
        raise InvalidRules("; ".join(msgs)) from None


def _canonical(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def rules_hash(selector: dict, rules_json: str) -> str:
    return hashlib.sha256(f"{_canonical(selector)}\n{rules_json}".encode()).hexdigest()[:16]


def accepted_record(generation: int, selector: dict, policy: gc.GuardrailPolicy) -> dict:
    """What a GuardrailPolicy publishes on its status once its spec is valid: the renders of the
    selected objects read only this, so a later invalid edit cannot weaken what is enforced,
    and an operator restart or a relabelled deployment finds the same rules."""
    rules = _canonical(gc.to_wire(policy))
    return {"generation": generation, "hash": rules_hash(selector, rules), "selector": selector, "rules": rules}


@dataclass(frozen=True)
class Accepted:
    """A policy's accepted rules, as a render reads them."""

    name: str
    generation: int
    hash: str
    selector: dict
    policy: gc.GuardrailPolicy


def read_accepted(policy_obj: dict) -> Accepted | None:
    """The accepted rules published on a GuardrailPolicy's status, or None (never valid yet).
    Raises InvalidRules when they are there but cannot be read (e.g. written by an operator
    version whose rules this one refuses): the caller must then keep what is enforced, never
    drop the policy."""
    acc = (policy_obj.get("status") or {}).get("accepted")
    if not acc:
        return None
    try:
        rules = gc.GuardrailPolicy.model_validate_json(acc.get("rules") or "")
    except ValidationError as e:
        raise InvalidRules(f"the accepted rules of GuardrailPolicy {policy_obj['metadata']['name']!r} "
                           f"cannot be read: {e.errors()[0]['msg']}") from None
    return Accepted(policy_obj["metadata"]["name"], int(acc.get("generation") or 0), str(acc.get("hash") or ""),
                    acc.get("selector") or {}, rules)
