"""Fault profiles: set live in the namespace's `llmops-dev-faults` ConfigMap, applied by the
fault proxy in front of each simulator, chosen per deployment and per system-message pattern
(so one prompt version can fail while another, on the same pods, does not)."""

from __future__ import annotations

import openai
import yaml

from helpers import wait_for

from test_dataplane import _apply, _llmd, _pods, _ready


def _faults(dp, ns: str, profiles: list[dict]) -> None:
    cm = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "llmops-dev-faults"},
          "data": {"faults.yaml": yaml.safe_dump({"profiles": profiles})}}
    dp.kubectl("apply", "-n", ns, "--server-side", "--force-conflicts", "--field-manager=test-user", "-f", "-",
               input=yaml.safe_dump(cm))


def _ask(oa, system: str, **kw):
    return oa.chat.completions.create(model="chat-model", max_tokens=16, messages=[
        {"role": "system", "content": system}, {"role": "user", "content": "hello"}], **kw)


def test_faults_follow_the_system_message_and_change_live(dp_cluster, dp_namespace, dp_operator):
    dp, ns = dp_cluster, dp_namespace
    spec = _llmd("chat", rpm=6000)
    spec["spec"]["replicas"] = 1
    _apply(dp, ns, spec)
    wait_for(lambda: (p := _pods(dp, ns, "chat")) and all(map(_ready, p)), timeout=90, what="the pod Ready")
    url = wait_for(lambda: dp.url_of(ns, "chat"), what="the local URL")
    oa = openai.OpenAI(base_url=url, api_key="unused", max_retries=0, timeout=10)
    assert _ask(oa, "You are version one").choices[0].message.content

    _faults(dp, ns, [{"deployment": "chat", "match": "(?i)version two", "errorRate": 1, "errorStatus": 500}])

    def v2_fails():
        try:
            _ask(oa, "You are VERSION TWO")
        except openai.APIStatusError as e:
            return e.status_code >= 500
        return False

    wait_for(v2_fails, timeout=20, what="the fault on the version-two system message")
    assert _ask(oa, "You are version one").choices[0].message.content  # same pod, other prompt: fine

    _faults(dp, ns, [{"deployment": "chat", "cutStreamAfter": 1}])

    def cut():
        try:
            chunks = list(_ask(oa, "anything", stream=True))
        except (openai.APIError, openai.APIConnectionError):
            return True
        return not any(c.choices and c.choices[0].finish_reason for c in chunks)

    wait_for(cut, timeout=20, what="a cut stream")
    _faults(dp, ns, [{"deployment": "other", "errorRate": 1}])  # not this deployment
    wait_for(lambda: not v2_fails() and not cut(), timeout=20, what="the faults lifted")
    pod = _pods(dp, ns, "chat")[0]
    assert all(c.restart_count == 0 for c in pod.status.container_statuses)
