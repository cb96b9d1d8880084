"""Held tool-call arguments (toolargs.py): complete JSON is sent once, whole and redacted per
value, wherever the upstream cut it into pieces; anything else falls back to raw text."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from llmops.api.gateway_config import GuardrailPolicy
from llmops.gateway import toolargs
from llmops.gateway.guardrails.policy import compile_guards
from llmops.gateway.toolargs import HeldArguments

GUARDS = compile_guards([GuardrailPolicy.model_validate({"name": "p", "output": {"pii": {"entities": ["Email"]}}})], "output")


def feed(pieces: list[str]) -> list[str]:
    held = HeldArguments(GUARDS, None)
    out = [held.push(p) for p in pieces]
    out.append(held.flush())
    return out


def cuts(text: str, points: list[int]) -> list[str]:
    at = sorted({min(p, len(text)) for p in points} | {0, len(text)})
    return [text[a:b] for a, b in zip(at, at[1:])]


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(alphabet='ab"\\{}[] \n\u00e9', max_size=6)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(alphabet='k"\\}', max_size=3), inner, max_size=3)),
    max_leaves=8)


@settings(max_examples=300, deadline=None, database=None)
@given(value=st.one_of(st.lists(json_values, max_size=3), st.dictionaries(st.text(max_size=3), json_values, max_size=3)),
       points=st.lists(st.integers(min_value=0, max_value=200), max_size=12), ascii_only=st.booleans())
def test_complete_json_is_sent_once_when_its_last_piece_arrives(value, points, ascii_only):
    text = json.dumps(value, ensure_ascii=ascii_only)  # escapes, quotes and brackets inside strings included
    pieces = cuts(text, points)
    out = feed(pieces)
    assert out[:len(pieces) - 1] == [""] * (len(pieces) - 1)
    assert out[len(pieces) - 1] == text and out[-1] == ""


def test_a_backslash_at_the_end_of_a_piece_escapes_the_next_piece_s_first_character():
    out = feed(['{"a": "x\\', '"}"', ', "b": "jo@example.com"}'])
    assert out[:2] == ["", ""] and json.loads(out[2]) == {"a": 'x"}', "b": "[EMAIL]"}


def test_values_are_redacted_and_re_encoded():
    out = feed(['[{"to": "jo\\u0040exam', 'ple.com"}, "ok"]'])
    assert json.loads(out[1]) == [{"to": "[EMAIL]"}, "ok"]


def test_text_that_is_not_json_goes_through_a_window():
    assert "".join(feed(["  mail ", "jo@example.com", " now"])) == "  mail [EMAIL] now"
    assert "".join(feed(['{"a": 1} trailing jo@example.com'])) == '{"a": 1} trailing [EMAIL]'  # closes, does not parse
    assert "".join(feed(['{"a": 1}', " then jo@example.com"])) == '{"a": 1} then [EMAIL]'  # more after a whole value


def test_unfinished_json_is_sent_as_redacted_text_at_the_end():
    assert feed(['{"to": "jo@exa', 'mple.com"']) == ["", "", '{"to": "[EMAIL]"']


def test_past_the_cap_the_call_falls_back_to_the_window(monkeypatch):
    monkeypatch.setattr(toolargs, "HELD_ARGUMENTS_CAP", 100)
    piece = '{"long": "' + "x" * 150
    out = feed([piece, ' jo@example.com"}'])
    assert out[0] != "" and "".join(out) == '{"long": "' + "x" * 150 + ' [EMAIL]"}'
