"""`llmops prompt promote|abort NAME`: set the annotation the PromptRelease controller acts on
once (its value is a fresh token), then wait until the operator has acted on it and say what
it did. `kubectl annotate promptversion NAME llmops.dev/promote=$(date +%s)` does the same."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime

ANNOTATIONS = {"promote": "llmops.dev/promote", "abort": "llmops.dev/abort"}
GROUP, VERSION, PLURAL = "llmops.dev", "v1alpha1", "promptversions"


def token(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S.%fZ")


def annotation_patch(action: str, value: str) -> dict:
    return {"metadata": {"annotations": {ANNOTATIONS[action]: value}}}


def outcome(obj: dict, action: str, value: str) -> str | None:
    """What the operator made of the token: None while it has not acted on it."""
    st = obj.get("status") or {}
    if (st.get("actions") or {}).get(action) != value:
        return None
    ready = next((c for c in st.get("conditions") or [] if c.get("type") == "Ready"), {})
    return f"{obj['metadata']['name']}: phase {st.get('phase')}, weight {st.get('weight', 0)}%: {ready.get('message', '')}"


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="llmops prompt", description="Promote or abort a PromptVersion's release.")
    p.add_argument("action", choices=sorted(ANNOTATIONS))
    p.add_argument("name", help="the PromptVersion")
    p.add_argument("-n", "--namespace", help="default: the kubeconfig context's namespace")
    p.add_argument("--kubeconfig", help="default: $KUBECONFIG or ~/.kube/config")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for the operator (0: do not wait)")
    return p.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    from kubernetes import client, config

    api_client = config.new_client_from_config(config_file=args.kubeconfig)
    ns = args.namespace
    if ns is None:
        _, active = config.list_kube_config_contexts(config_file=args.kubeconfig)
        ns = (active or {}).get("context", {}).get("namespace") or "default"
    api = client.CustomObjectsApi(api_client)
    value = token()
    try:
        api.patch_namespaced_custom_object(GROUP, VERSION, ns, PLURAL, args.name, annotation_patch(args.action, value))
    except client.ApiException as e:
        print(f"PromptVersion {ns}/{args.name}: {e.status} {e.reason}", file=sys.stderr)
        return 1
    print(f"PromptVersion {ns}/{args.name}: {ANNOTATIONS[args.action]}={value}", file=sys.stderr)
    deadline = time.monotonic() + args.timeout
    while time.monotonic() < deadline:
        said = outcome(api.get_namespaced_custom_object(GROUP, VERSION, ns, PLURAL, args.name), args.action, value)
        if said is not None:
            print(said)
            return 0
        time.sleep(0.5)
    if args.timeout:
        print(f"the operator has not acted on it within {args.timeout:.0f}s (is it running?)", file=sys.stderr)
        return 1
    return 0
