"""The bodies of an audit line (`audit.bodies: Redacted`): PII redacted whatever the policies.

The audit copy goes through PII redaction of its own, every entity, on the normalised view,
over every string of the copy (joined, like the guardrails' slots) and every dict key: with no
guardrail attached, in Audit mode (which never rewrites what is forwarded), or for fields no
guardrail reads, `bodies: Redacted` never holds raw personal data. Strings the request path
has already passed through an enforced all-entity PII redaction are skipped (`clean`): that
pass found nothing left in them, and most requests cost no second scan.
"""

from __future__ import annotations

import copy
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


def clean_ids(strings: list[str]) -> frozenset[int]:
    """Ids of the strings among `strings` that hold no PII (the prompt templates' messages,
    checked once per config load; the runtime keeps the strings alive, so the ids hold)."""
    return frozenset(id(text) for text in strings if not find_hits(_GUARDS, text))


# Keys of OpenAI bodies (and others of letters only): they hold no PII and are not read.
_KNOWN_KEYS = frozenset({"role", "content", "name", "type", "text", "tool_calls", "tool_call_id", "id", "function", "arguments",
                         "image_url", "url", "detail", "refusal", "input_audio", "data", "format", "function_call"})


def _walk(root: list) -> tuple[list[tuple[Any, Any]], list[tuple[dict, str]]]:
    """(string slots that could hold PII, dict keys that could), of `root`, in a fixed order.
    A string of letters only ("user", "function", a name) cannot hold any entity (each needs
    a digit, an @ or a colon, none of them a letter with or without NFKC): left out."""
    slots: list[tuple[Any, Any]] = []
    keys: list[tuple[dict, str]] = []
    stack: list[Any] = [root]
    while stack:
        item = stack.pop()
        if type(item) is dict:
            for key, child in item.items():
                if key not in _KNOWN_KEYS and not (isinstance(key, str) and key.isascii() and key.replace("_", "").isalpha()):
                    keys.append((item, key))
                kind = type(child)
                if kind is str:
                    if not child.isalpha():
                        slots.append((item, key))
                elif kind is dict or kind is list:
                    stack.append(child)
        else:
            for index, child in enumerate(item):
                kind = type(child)
                if kind is str:
                    if not child.isalpha():
                        slots.append((item, index))
                elif kind is dict or kind is list:
                    stack.append(child)
    return slots, keys


def redact_copy(value: Any, clean: frozenset[int] | set[int] = frozenset()) -> tuple[Any, bool]:
    """(`value` with PII redacted, whether anything changed). `value` itself is never changed
    (it may share objects with the runtime: the prompt template's messages): when something
    is to be redacted, a copy is. `clean`: ids of strings known to hold no PII."""
    slots, keys = _walk([value])
    wanted = [i for i, (c, k) in enumerate(slots) if id(c[k]) not in clean]
    texts = Texts()
    texts.slots = [slots[i] for i in wanted]
    hits = texts.scan(_GUARDS)[0] if texts.slots else []
    key_hits = [i for i, (_, key) in enumerate(keys) if isinstance(key, str) and find_hits(_GUARDS, key)]
    if not hits and not key_hits:
        return value, False
    root = copy.deepcopy([value])
    slots, keys = _walk(root)
    texts.slots = [slots[i] for i in wanted]
    changed = texts.redact(hits) if hits else False
    for i in reversed(key_hits):  # deepest last in the walk: rename before the parents move
        item, key = keys[i]
        item[apply_hits(key, find_hits(_GUARDS, key))] = item.pop(key)
        changed = True
    return root[0], changed
