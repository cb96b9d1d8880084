"""The bodies of an audit line (`audit.bodies: Redacted`): PII redacted whatever the policies.

The audit copy goes through PII redaction of its own, every entity, on the normalised view,
over every string of the copy (joined, like the guardrails' slots) and every dict key: with no
guardrail attached, in Audit mode (which never rewrites what is forwarded), or for fields no
guardrail reads, `bodies: Redacted` never holds raw personal data. Strings the request path
has already passed through an enforced all-entity PII redaction are skipped (`clean`): that
pass found nothing left in them, and most requests cost no second scan.
"""

from __future__ import annotations

from typing import Any

from llmops.api.gateway_config import GuardrailPolicy
from llmops.gateway.guardrails.pii import PLACEHOLDERS
from llmops.gateway.guardrails.policy import Guard, apply_hits, compile_guards, find_hits
from llmops.gateway.guardrails.slots import Texts

ALL_ENTITIES = tuple(PLACEHOLDERS)
_GUARDS = compile_guards([GuardrailPolicy.model_validate({"name": "audit", "input": {"pii": {"entities": list(ALL_ENTITIES)}}})], "input")


def redacts_all_pii(guards: tuple[Guard, ...]) -> bool:
    """Whether these guards enforce PII redaction (or blocking) of every entity, so that what
    they let through holds none."""
    return any(g.pii is not None and g.pii_mode == "Enforce" and g.pii.entities >= set(ALL_ENTITIES) for g in guards)


def redact_copy(value: Any, clean: frozenset[int] | set[int] = frozenset()) -> tuple[Any, bool]:
    """(`value` with PII redacted, whether anything changed); `value` is a JSON-like value that
    belongs to the finished request (strings and lists are rewritten in place)."""
    holder = [value]
    texts = Texts()
    texts.add_strings(holder)
    texts.slots = [(c, k) for c, k in texts.slots if id(c[k]) not in clean]
    changed = False
    if texts.slots:
        hits, _ = texts.scan(_GUARDS)
        if hits:
            changed = texts.redact(hits)
    changed = _redact_keys(holder) or changed
    return holder[0], changed


def _redact_keys(root: list) -> bool:
    changed = False
    stack: list[Any] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key in list(item):
                if isinstance(key, str) and not (key.isascii() and key.replace("_", "").isalpha()):  # "role", "tool_calls": no PII
                    hits = find_hits(_GUARDS, key)
                    if hits:
                        new = apply_hits(key, hits)
                        item[new] = item.pop(key)
                        changed = True
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))
    return changed
