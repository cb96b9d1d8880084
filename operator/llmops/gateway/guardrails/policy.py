"""Guardrail policies compiled for one direction (input or output), and applying them to text.

`compile_guards` runs once per config load (all regexes compiled there); `find_hits` and
`apply_hits` are pure functions used per request, and by the stream hold-back window, which
scans a buffer once and releases only the part no match can still grow into.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from operator import attrgetter

from llmops.api.gateway_config import GuardrailPolicy, GuardrailRules
from llmops.gateway.guardrails.deny import DenyRule
from llmops.gateway.guardrails.injection import InjectionDetector
from llmops.gateway.guardrails.normalise import Normalised, normalise
from llmops.gateway.guardrails.pii import PII_WIDTH, PLACEHOLDERS, PiiDetector
from llmops.gateway.guardrails.schema import schema_errors


_PII_RULES = {entity: f"pii.{entity}" for entity in PLACEHOLDERS}
# The most characters (of the normalised view) a stream holds back, whatever a rule's width: a
# rule whose matches can be longer (a deny pattern with `.*`) is caught within this window, and
# under Enforce a match still open at the cap ends the stream rather than leak its beginning.
HOLD_BACK_CAP = 1024
_START = attrgetter("start")


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ costs ~3x (one per match)
class Hit:
    """One thing a rule found. `start == end == 0` for whole-request rules (size, schema).
    Treated as immutable."""

    policy: str
    mode: str  # Enforce | Audit
    rule: str  # pii.Email, deny.<name>, promptInjection, maxTokens, jsonSchema
    action: str  # Redact | Block
    start: int = 0
    end: int = 0
    replacement: str = ""

    @property
    def enforced(self) -> bool:
        return self.mode == "Enforce"


@dataclass(frozen=True)
class Guard:
    """The rules of one policy for one direction, ready to run."""

    policy: str
    mode: str
    block_message: str
    pii: PiiDetector | None
    pii_action: str
    pii_mode: str
    deny: tuple[DenyRule, ...]
    injection: InjectionDetector | None
    injection_action: str
    injection_mode: str
    max_tokens: int | None
    max_tokens_mode: str
    json_schema: dict | None
    json_schema_mode: str
    hold_back: int

    def widest(self) -> int:
        """The longest match of this guard's text rules, in view characters (UNBOUNDED: no bound)."""
        widths = [PII_WIDTH] if self.pii is not None else []
        widths.extend(rule.width for rule in self.deny)
        if self.injection is not None:
            widths.append(self.injection.width)
        return max(widths, default=0)

    @property
    def enforces_text_rules(self) -> bool:
        return ((self.pii is not None and self.pii_mode == "Enforce") or any(r.mode == "Enforce" for r in self.deny)
                or (self.injection is not None and self.injection_mode == "Enforce"))

    def hits(self, text: str) -> list[Hit]:
        """Hits in `text` (a normalised view: see find_hits)."""
        found: list[Hit] = []
        if self.pii is not None:
            for m in self.pii.find(text):
                found.append(Hit(self.policy, self.pii_mode, _PII_RULES[m.entity], self.pii_action, m.start, m.end, PLACEHOLDERS[m.entity]))
        # the lower-cased text, shared by the deny prefilter and the injection keywords
        low = text.lower() if self.deny or self.injection is not None else None
        for rule in self.deny:
            for m in rule.finditer(text, low):
                found.append(Hit(self.policy, rule.mode, f"deny.{rule.name}", rule.action, m.start(), m.end(), f"[{rule.name}]"))
        if self.injection is not None:
            for start, end in self.injection.find(text, low):
                found.append(Hit(self.policy, self.injection_mode, "promptInjection", self.injection_action, start, end, ""))
        return found


def compile_guards(policies: list[GuardrailPolicy], direction: str) -> tuple[Guard, ...]:
    guards = []
    for policy in policies:
        rules: GuardrailRules | None = getattr(policy, direction)
        if rules is None:
            continue
        guards.append(
            Guard(
                policy=policy.name,
                mode=policy.mode,
                block_message=policy.block_message,
                pii=PiiDetector(rules.pii.entities) if rules.pii else None,
                pii_action=rules.pii.action if rules.pii else "Redact",
                pii_mode=(rules.pii and rules.pii.mode) or policy.mode,
                deny=tuple(DenyRule.compile(d.name, d.pattern, d.action, d.mode or policy.mode) for d in rules.deny),
                injection=InjectionDetector.shared() if rules.prompt_injection else None,
                injection_action=rules.prompt_injection.action if rules.prompt_injection else "Block",
                injection_mode=(rules.prompt_injection and rules.prompt_injection.mode) or policy.mode,
                max_tokens=rules.max_tokens,
                max_tokens_mode=rules.max_tokens_mode or policy.mode,
                json_schema=rules.json_schema,
                json_schema_mode=rules.json_schema_mode or policy.mode,
                hold_back=rules.hold_back_chars,
            )
        )
    return tuple(guards)


def view_hits(guards: tuple[Guard, ...], view: Normalised) -> list[Hit]:
    """Hits over a normalised view, in the view's positions."""
    hits: list[Hit] = []
    text = view.text
    for guard in guards:
        hits.extend(guard.hits(text))
    return hits


def to_original(view: Normalised, hits: list[Hit]) -> list[Hit]:
    """`hits` (view positions) moved to the original text's positions, in place."""
    if not view.identity:
        for hit in hits:
            if hit.end > hit.start:
                hit.start, hit.end = view.span(hit.start, hit.end)
    return hits


def find_hits(guards: tuple[Guard, ...], text: str) -> list[Hit]:
    """Hits of every guard in `text`, matched on its normalised view (NFKC, zero-width and
    format characters removed, whitespace collapsed: normalise.py) and given in the positions
    of `text` itself, so that redaction rewrites the original."""
    view = normalise(text)
    return to_original(view, view_hits(guards, view))


def first_block(hits: list[Hit]) -> Hit | None:
    for hit in hits:
        if hit.action == "Block" and hit.enforced:
            return hit
    return None


def redaction_spans(hits: list[Hit]) -> list[tuple[int, int, str]]:
    """The enforced Redact hits as disjoint (start, end, replacement) spans, in order.

    Several rules (of one policy or of several) may find overlapping text: overlapping spans
    are merged into one span covering them all, so a redaction is never partly applied (the
    rest of an e-mail address left beside a deny placeholder). The merged span's replacement
    is the distinct placeholders of its hits, in the order they start. Audit hits and Block
    hits never rewrite: a Block that is enforced stops the text instead (first_block), which
    is stricter than any redaction."""
    spans = [h for h in hits if h.action == "Redact" and h.mode == "Enforce" and h.end > h.start]
    if not spans:
        return []
    spans.sort(key=_START)
    merged: list[list] = []
    for hit in spans:
        if merged and hit.start < merged[-1][1]:
            last = merged[-1]
            last[1] = max(last[1], hit.end)
            if hit.replacement not in last[2]:
                last[2].append(hit.replacement)
        else:
            merged.append([hit.start, hit.end, [hit.replacement]])
    return [(start, end, "".join(parts)) for start, end, parts in merged]


def apply_hits(text: str, hits: list[Hit]) -> str:
    """`text` with the enforced Redact hits replaced (see redaction_spans)."""
    spans = redaction_spans(hits)
    if not spans:
        return text
    parts = []
    pos = 0
    for start, end, replacement in spans:
        parts.append(text[pos:start])
        parts.append(replacement)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def size_hits(guards: tuple[Guard, ...], estimated_tokens: int) -> list[Hit]:
    return [
        Hit(g.policy, g.max_tokens_mode, "maxTokens", "Block")
        for g in guards
        if g.max_tokens is not None and estimated_tokens > g.max_tokens
    ]


def schema_hits(guards: tuple[Guard, ...], text: str) -> list[Hit]:
    hits = []
    for guard in guards:
        if guard.json_schema is None:
            continue
        try:
            value = json.loads(text)
        except ValueError:
            hits.append(Hit(guard.policy, guard.json_schema_mode, "jsonSchema", "Block"))
            continue
        if schema_errors(value, guard.json_schema):
            hits.append(Hit(guard.policy, guard.json_schema_mode, "jsonSchema", "Block"))
    return hits


def block_message(guards: tuple[Guard, ...], hit: Hit) -> str:
    message = next((g.block_message for g in guards if g.policy == hit.policy), "Blocked by policy.")
    return f"{message} (policy {hit.policy}, rule {hit.rule})"


def hold_back_chars(guards: tuple[Guard, ...]) -> int:
    """View characters a stream holds back: the widest match of any rule (and at least each
    policy's holdBackChars), at most HOLD_BACK_CAP."""
    text_guards = [g for g in guards if g.pii or g.deny or g.injection]
    widest = max((max(g.hold_back, g.widest()) for g in text_guards), default=0)
    return min(widest, HOLD_BACK_CAP)


def unbounded_rules(guards: tuple[Guard, ...]) -> bool:
    """Whether some rule's matches can be wider than the hold-back cap."""
    return any(g.widest() > HOLD_BACK_CAP for g in guards if g.pii or g.deny or g.injection)
