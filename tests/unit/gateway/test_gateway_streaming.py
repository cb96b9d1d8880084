"""The hold-back window catches matches split across chunks; SSE parsing across reads."""

from __future__ import annotations

from llmops.api.gateway_config import GuardrailPolicy
from llmops.gateway.guardrails.policy import compile_guards
from llmops.gateway.streaming import HoldBackWindow, SSEParser


def window(action="Redact", mode="Enforce", hold=32, deny=(), computed=False):
    """`computed`: the window's hold from the rules (as the relay builds it), else `hold`."""
    policy = GuardrailPolicy.model_validate({
        "name": "p", "mode": mode,
        "output": {"pii": {"entities": ["Email", "CreditCard"], "action": action}, "deny": list(deny), "holdBackChars": hold},
    })
    return HoldBackWindow(compile_guards([policy], "output"), None if computed else hold)


def run(w: HoldBackWindow, pieces: list[str]) -> tuple[str, list[str]]:
    released = [w.push(p) for p in pieces]
    released.append(w.flush())
    return "".join(released), released


def test_email_split_across_chunks_is_redacted():
    pieces = ["Contact me at jo", "hn.sm", "ith@exa", "mple.com for ", "details, thanks a lot for asking today."]
    text, _ = run(window(), pieces)
    assert text == "Contact me at [EMAIL] for details, thanks a lot for asking today."


def test_card_number_split_digit_by_digit():
    card = "4111 1111 1111 1111"
    pieces = ["Your card is "] + list(card) + [" and it is on file."]
    text, _ = run(window(), pieces)
    assert text == "Your card is [CREDIT_CARD] and it is on file."


def test_text_without_matches_flows_with_at_most_the_window_held():
    w = window(hold=16)
    sent = ""
    total = ""
    for i in range(50):
        piece = f"word{i} "
        total += piece
        sent += w.push(piece)
        assert len(total) - len(sent) <= 16
    assert sent + w.flush() == total


def test_block_stops_the_stream():
    w = window(deny=[{"name": "falcon", "pattern": "(?i)project\\s+falcon", "action": "Block"}])
    out = [w.push(p) for p in ["This is about proj", "ect Fal", "con and more text " * 4]]
    assert w.blocked is not None and w.blocked.rule == "deny.falcon"
    assert "Falcon" not in "".join(out)


def test_audit_mode_counts_but_does_not_change():
    w = window(mode="Audit")
    text, _ = run(w, ["mail a@example.com ", "bye"])
    assert text == "mail a@example.com bye"
    assert [h.rule for h in w.hits] == ["pii.Email"] and w.hits[0].mode == "Audit"


def test_each_match_counted_once_across_pushes():
    w = window(hold=8)
    run(w, ["x@example.com and ", "y@example.org ", "z" * 40])
    assert [h.rule for h in w.hits] == ["pii.Email", "pii.Email"]


def test_sse_parser_across_reads_and_line_endings():
    parser = SSEParser()
    assert parser.feed(b'data: {"a"') == []
    assert parser.feed(b': 1}\n\ndata: [DO') == [b'{"a": 1}']
    assert parser.feed(b"NE]\r\n\r\n: comment\n\nevent: x\ndata: a\ndata: b\n\n") == [b"[DONE]", b": comment", b"a\nb"]
    assert parser.pending == b""


def test_hold_back_is_counted_in_the_view_so_invisible_padding_does_not_leak():
    # the old window counted original characters: 100 zero-width characters inside a card
    # number pushed its beginning out of a 32-character window
    card = "\u200b".join("4111 1111 1111 1111")
    pieces = ["Your card is "] + list(card) + [" and it is on file."]
    text, _ = run(window(hold=32), pieces)
    assert text == "Your card is [CREDIT_CARD] and it is on file."


def test_a_deny_pattern_wider_than_the_config_window_is_still_held():
    # holdBackChars 8, but the pattern spans 21 characters: the window holds the rule's width
    policy = GuardrailPolicy.model_validate({"name": "p", "output": {
        "deny": [{"name": "code", "pattern": "secret code [0-9]{8}", "action": "Redact"}], "holdBackChars": 8}})
    w = HoldBackWindow(compile_guards([policy], "output"))
    text, _ = run(w, ["the secret ", "code 1234", "5678 is out"])
    assert text == "the [code] is out"


def test_an_open_match_at_the_cap_ends_the_stream_under_enforce():
    from llmops.gateway.guardrails.policy import HOLD_BACK_CAP
    w = window(deny=[{"name": "quoted", "pattern": "BEGIN[a-z ]*END", "action": "Block"}])
    sent = w.push("intro BEGIN")
    for _ in range(HOLD_BACK_CAP // 10 + 2):
        sent += w.push("lorem ipsu")
        if w.overflow:
            break
    assert w.overflow, "a match still open past the cap stops the window"
    assert "BEGIN" not in sent, "the beginning of the match never leaked"


def test_an_open_match_at_the_cap_is_released_under_audit():
    w = window(mode="Audit", deny=[{"name": "quoted", "pattern": "BEGIN[a-z ]*END", "action": "Block"}])
    sent = w.push("intro BEGIN")
    for _ in range(200):
        sent += w.push("lorem ipsu")
    assert not w.overflow and "BEGIN" in sent


def test_a_flood_of_invisible_characters_stops_an_enforcing_window():
    w = window()
    w.push("card 4111")  # a match may grow from here
    for _ in range(100):
        w.push("\u200b" * 1000)
        if w.overflow:
            break
    assert w.overflow
