"""The end of `llmops dev up`: the demo namespace joins the data plane, the first request is
answered, and the user gets the endpoints table with a ready-to-paste curl and openai example."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable

from llmops.devcluster import kubectl
from llmops.devcluster.dataplane import control
from llmops.devcluster.dataplane.podspec import DATA_PLANE_ENABLED, DATA_PLANE_LABEL

Log = Callable[[str], None]


def _models(kubeconfig: str, namespace: str) -> dict[str, str]:
    out = kubectl.run(kubeconfig, "get", "llmdeployments", "-n", namespace, "-o", "json", check=False)
    try:
        items = json.loads(out.stdout)["items"]
    except (ValueError, KeyError):
        return {}
    return {i["metadata"]["name"]: ((i["spec"].get("model") or {}).get("name") or i["metadata"]["name"])
            for i in items if (i["spec"].get("engine") or {}).get("type") != "External"}


def ask(url: str, model: str, timeout: float = 10) -> str:
    body = json.dumps({"model": model, "messages": [{"role": "user", "content": "Hello"}], "max_tokens": 16}).encode()
    req = urllib.request.Request(f"{url}/chat/completions", body, {"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.load(r)["choices"][0]["message"]["content"]


def first_answer(state_dir: Path, kubeconfig: str, namespace: str, log: Log, timeout: float = 120) -> tuple[str, str] | None:
    """Wait until a self-hosted LLMDeployment of namespace answers at its local URL."""
    models = _models(kubeconfig, namespace)
    deadline = time.monotonic() + timeout
    last = "no endpoint yet"
    while time.monotonic() < deadline:
        for e in control.endpoints(state_dir)["endpoints"]:
            if e["namespace"] != namespace or e["kind"] != "LLMDeployment" or e["name"] not in models:
                continue
            try:
                text = ask(e["url"], models[e["name"]])
                log(f"  {e['name']} answered at {e['url']}: {text[:60]!r}")
                return e["url"], models[e["name"]]
            except (urllib.error.URLError, OSError, ValueError, KeyError) as exc:
                last = f"{e['name']}: {exc}"
        time.sleep(1)
    log(f"no LLMDeployment answered within {timeout:.0f}s ({last}); see <state>/dataplane/pods/*/logs")
    return None


def finish(state_dir: Path, kubeconfig: str, namespace: str, log: Log) -> None:
    """Label the namespace into the data plane, wait for the first answer, print how to call it."""
    from llmops.devcluster.cli import endpoints_table

    if not (Path(state_dir) / "dataplane" / "ready").exists():
        log("the data plane is not running (it needs root): no local endpoints")
        return
    kubectl.run(kubeconfig, "label", "namespace", namespace, f"{DATA_PLANE_LABEL}={DATA_PLANE_ENABLED}",
                "--overwrite", check=False)
    log(f"starting the gateways and simulators of namespace {namespace} (label {DATA_PLANE_LABEL}={DATA_PLANE_ENABLED})")
    got = first_answer(Path(state_dir), kubeconfig, namespace, log)
    print(endpoints_table(control.endpoints(Path(state_dir))))
    if got:
        url, model = got
        print(f"\nTry it:\n  curl -s {url}/chat/completions -H 'content-type: application/json' \\\n"
              f"    -d '{{\"model\": \"{model}\", \"messages\": [{{\"role\": \"user\", \"content\": \"Hello\"}}]}}'\n"
              f"  python -c 'from openai import OpenAI; c = OpenAI(base_url=\"{url}\", api_key=\"unused\"); "
              f"print(c.chat.completions.create(model=\"{model}\", "
              f"messages=[{{\"role\": \"user\", \"content\": \"Hello\"}}]).choices[0].message.content)'\n"
              f"  llmops dev traffic      # a steady mix of requests, to watch spend and guardrails move")
