"""The examples as `llmops dev up` creates them on the local data plane: the External provider
(OpenAI) is a local stand-in, so the example `gpt-4o-mini` and the router over it answer the
real `openai` client with nothing leaving the machine."""

from __future__ import annotations

from pathlib import Path

import openai

from helpers import wait_for
from llmops.devcluster import devup

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _answer(url, model):
    try:
        oa = openai.OpenAI(base_url=url, api_key="unused", max_retries=0, timeout=15)
        return oa.chat.completions.create(model=model, messages=[{"role": "user", "content": "hi"}], max_tokens=4)
    except (openai.APIConnectionError, openai.APIStatusError):
        return None


def test_the_external_example_and_its_router_answer_through_the_local_stand_in(dp_cluster, dp_namespace, dp_operator):
    dp, ns = dp_cluster, dp_namespace
    done = devup.apply_examples(dp.kubeconfig, ns, EXAMPLES, log=lambda _m: None, overlay=True)
    assert done["LLMDeployment/gpt-4o-mini-provider"] == "created"
    url = wait_for(lambda: dp.url_of(ns, "gpt-4o-mini"), timeout=120, what="gpt-4o-mini's local URL")
    answer = wait_for(lambda: _answer(url, "gpt-4o-mini"), timeout=120, what="an answer from the stand-in provider")
    assert answer.model == "gpt-4o-mini"
    router = wait_for(lambda: dp.url_of(ns, "support-chat", kind="RoutingPolicy"), timeout=120, what="the router's URL")
    assert wait_for(lambda: _answer(router, "support-chat"), timeout=120, what="an answer through the router")
