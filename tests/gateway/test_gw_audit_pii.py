"""With `audit.bodies: Redacted` the audit trail never holds raw PII: without any guardrail,
in Audit mode, in fields no guardrail reads, and through evasions; copies are bounded."""

from __future__ import annotations

import json

import httpx
import pytest

from gateway_harness import MODEL, Reply, base_config
from llmops.gateway.guardrails.normalise import normalise

EMAIL, CARD, SSN = "jane.doe@example.com", "4111 1111 1111 1111", "123-45-6789"
EVADED_CARD = "\uff14\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11"
ZW_EMAIL = "jane\u200b.doe@exa\u00admple.com"


def leaks(record: dict) -> list[str]:
    """Known PII values found raw or normalised anywhere in the record."""
    text = json.dumps(record, ensure_ascii=False)
    view = normalise(text).text + " " + normalise(json.dumps(json.loads(text), ensure_ascii=False)).text
    digits = "".join(ch for ch in normalise(text).text if ch.isdigit())
    found = [v for v in (EMAIL, CARD, SSN) if v in text or v in view]
    if "4111111111111111" in digits:
        found.append("card digits")
    return found


POLICIES = {
    "none": [],
    "audit": [{"name": "watch", "mode": "Audit", "input": {"pii": {"entities": ["Email", "CreditCard", "SSN"]}},
               "output": {"pii": {"entities": ["Email", "CreditCard", "SSN"]}}}],
    "enforce-some": [{"name": "some", "input": {"pii": {"entities": ["Email"]}}}],
}


@pytest.mark.parametrize("policy", sorted(POLICIES))
@pytest.mark.parametrize("stream", [False, True])
def test_no_raw_pii_in_the_audit_trail(stub, make_gateway, policy, stream):
    gw = make_gateway(base_config(stub.url, guardrails=POLICIES[policy], audit={"enabled": True, "bodies": "Redacted"}))
    stub.replies = [Reply(text=f"Sure {EMAIL}, your card {CARD} and ssn {SSN} are noted.")]
    body = {"model": MODEL, "stream": stream, "messages": [
        {"role": "user", "name": "x", "content": f"I am {EMAIL}, card {EVADED_CARD}, ssn {SSN}", "extra": f"also {ZW_EMAIL}"},
        {"role": "user", "content": [{"type": "text", "text": f"again {CARD}"}], f"{EMAIL}": 1},
    ]}
    r = httpx.post(f"{gw.url}/v1/chat/completions", json=body, timeout=10)
    assert r.status_code == 200
    record = gw.audit[-1]
    assert record["request"] and record["response"]
    assert leaks(record) == [], record


def test_the_answer_copy_is_bounded_with_a_marker(stub, make_gateway):
    gw = make_gateway(base_config(stub.url, audit={"enabled": True, "bodies": "Redacted"}))
    stub.replies = [Reply(text="word " * 40_000)]
    r = httpx.post(f"{gw.url}/v1/chat/completions", json={"model": MODEL, "messages": [{"role": "user", "content": "hi"}]}, timeout=10)
    assert r.status_code == 200
    record = gw.audit[-1]
    assert record["response"]["truncated"] is True and record["response"]["chars"] > 200_000
    assert len(json.dumps(record)) < 140_000


def test_the_audit_pass_never_rewrites_what_is_shared_with_the_runtime(stub, make_gateway):
    # the template's messages are the runtime's own objects, put in every request: the audit
    # copy is redacted on a copy, so the second request still sends the template unchanged
    prompt = {"name": "p", "stickyBy": None, "versions": [{"name": "v1", "weight": 100, "template": {
        "messages": [{"role": "system", "content": "Our hotline is 415-555-2671."}]}}]}
    gw = make_gateway(base_config(stub.url, prompt=prompt, audit={"enabled": True, "bodies": "Redacted"}))
    for _ in range(2):
        r = httpx.post(f"{gw.url}/v1/chat/completions", json={"model": MODEL, "messages": [{"role": "user", "content": "hi"}]}, timeout=10)
        assert r.status_code == 200
        assert stub.received[-1]["messages"][0]["content"] == "Our hotline is 415-555-2671."
        assert gw.audit[-1]["request"][0]["content"] == "Our hotline is [PHONE]."
