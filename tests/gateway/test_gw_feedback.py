"""Feedback with the real openai client: counted by whichever replica gets it, for the prompt
version the answer's request id names, and written to the audit trail."""

from __future__ import annotations

import openai
import pytest

from gateway_harness import base_config, client, metric

PROMPT = {"name": "support", "versions": [
    {"name": "support-v2", "weight": 100, "template": {"messages": [{"role": "system", "content": "Be brief."}]}},
    {"name": "support-v1", "weight": 0, "template": {"messages": [{"role": "system", "content": "Be kind."}]}},
]}


@pytest.fixture
def replicas(simulator, make_gateway):
    config = base_config(simulator.url, model="sim-model", prompt=PROMPT)
    return make_gateway(config), make_gateway(config)


def test_feedback_on_another_replica_counts_for_the_version_that_answered(replicas):
    a, b = replicas
    raw = client(a).chat.completions.with_raw_response.create(
        model="sim-model", messages=[{"role": "user", "content": "rate me"}], max_tokens=2)
    request_id = raw.headers["x-llmops-request-id"]
    assert raw.headers["x-llmops-prompt-version"] == "support-v2" and request_id.endswith(".support-v2")
    assert a.audit[-1]["requestId"] == request_id, "the audit line carries the id the client got"
    answer = client(b).post("/feedback", body={"request_id": request_id, "score": -0.5}, cast_to=object)
    assert answer == {"request_id": request_id, "prompt_version": "support-v2", "value": "negative"}
    assert metric(b.metrics(), "llmops_gateway_feedback_total", prompt_version="support-v2", value="negative") == 1
    line = b.audit[-1]
    assert (line["type"], line["requestId"], line["promptVersion"], line["value"], line["score"]) == (
        "llmops.feedback", request_id, "support-v2", "negative", -0.5)


def test_feedback_naming_a_version_the_gateway_never_served_is_refused(replicas):
    a, _ = replicas
    forged = "req_" + "0" * 24 + ".made-up"
    with pytest.raises(openai.NotFoundError):
        client(a).post("/feedback", body={"request_id": forged, "value": "positive"}, cast_to=object)
    assert not any(line.get("type") == "llmops.feedback" for line in a.audit)
    assert metric(a.metrics(), "llmops_gateway_feedback_total", prompt_version="made-up", value="positive") == 0


def test_a_score_json_cannot_write_is_refused_and_nothing_is_counted(replicas):
    a, _ = replicas
    raw = client(a).chat.completions.with_raw_response.create(
        model="sim-model", messages=[{"role": "user", "content": "rate me"}], max_tokens=2)
    request_id = raw.headers["x-llmops-request-id"]
    for literal in ("NaN", "Infinity", "-1e999"):  # what json.loads takes and no JSON line can hold
        body = f'{{"request_id": "{request_id}", "score": {literal}}}'
        with pytest.raises(openai.BadRequestError) as err:
            client(a).post("/feedback", content=body.encode(), cast_to=object,
                           options={"headers": {"content-type": "application/json"}})
        assert err.value.body["param"] == "score"
    assert not any(line.get("type") == "llmops.feedback" for line in a.audit)
    assert sum(metric(a.metrics(), "llmops_gateway_feedback_total", value=v) for v in ("positive", "negative", "neutral")) == 0


def test_the_dataset_export_joins_the_gateways_lines_by_prompt_and_request_id(replicas):
    from llmops.dataset import Filters, collect

    a, b = replicas
    raw = client(a).chat.completions.with_raw_response.create(
        model="sim-model", messages=[{"role": "user", "content": "rate me"}], max_tokens=2)
    request_id = raw.headers["x-llmops-request-id"]
    client(b).post("/feedback", body={"request_id": request_id, "value": "positive"}, cast_to=object)
    answer = next(line for line in a.audit if line["requestId"] == request_id)
    assert (answer["prompt"], answer["promptVersion"]) == ("support", "support-v2")
    trail = a.audit + b.audit
    exported = collect(trail, Filters(prompt="support")).datasets["support-v2"]
    assert [(x["metadata"]["requestId"], x["metadata"]["feedback"]) for x in exported] == [(request_id, "positive")]
    assert collect(trail, Filters(prompt="billing")).datasets == {}
