"""The API server's CEL rule and the models agree on which PromptVersion templates use a variable
without a value: randomly generated templates (seeded, so a failure reproduces), each sent to the
real API server (server-side dry run) and to the pydantic model.

The generator writes placeholders with ASCII whitespace only: RE2's `\\s` (CEL) is [\\t\\n\\f\\r ],
Python's also matches \\v and Unicode spaces, so `{{\\u00a0name\\u00a0}}` is a placeholder to
the gateway and the models but not to CEL (docs/api.md)."""

from __future__ import annotations

import random

import yaml
from pydantic import ValidationError

from llmops.api.promptversion import PromptVersion

NAMES = ["company", "tone", "product", "_x", "a1", "Lang"]
SPACES = ["", " ", "  ", "\t", "\n"]
NOISE = ["Hello ", "{ not one }", "{{}}", "{{ 1bad }}", "{{ two words }}", "}} {{", "text ", "{", "}"]


def _content(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 6)):
        if rng.random() < 0.5:
            parts.append("{{" + rng.choice(SPACES) + rng.choice(NAMES) + rng.choice(SPACES) + "}}")
        else:
            parts.append(rng.choice(NOISE))
    return "".join(parts) or "plain"


def _manifest(rng: random.Random, i: int) -> dict:
    template = {"messages": [{"role": "system", "content": _content(rng)} for _ in range(rng.randint(1, 3))]}
    if rng.random() < 0.8:
        template["variables"] = {n: "v" for n in rng.sample(NAMES, rng.randint(0, len(NAMES)))}
    return {"apiVersion": "llmops.dev/v1alpha1", "kind": "PromptVersion", "metadata": {"name": f"fuzz-{i}"},
            "spec": {"prompt": "fuzz", "template": template}}


def _model_accepts(manifest: dict) -> bool:
    try:
        PromptVersion.model_validate(manifest)
        return True
    except ValidationError:
        return False


def test_cel_and_the_model_agree_on_undefined_variables(cluster, crds, namespace):
    rng = random.Random(13)
    manifests = [_manifest(rng, i) for i in range(120)]
    # One kubectl for all: it applies each document and reports each refusal by name.
    r = cluster.kubectl("apply", "--dry-run=server", "-n", namespace, "-f", "-",
                        input="---\n".join(yaml.safe_dump(m) for m in manifests), check=False)
    accepted = {line.split()[0].split("/")[1] for line in r.stdout.splitlines() if "(server dry run)" in line}
    refusals = {m["metadata"]["name"]: line for m in manifests for line in r.stderr.splitlines()
                if f'"{m["metadata"]["name"]}"' in line}
    for manifest in manifests:
        name = manifest["metadata"]["name"]
        assert (name in accepted) != (name in refusals), (name, r.stderr)
        assert (name in accepted) == _model_accepts(manifest), (manifest["spec"]["template"], refusals.get(name))
        if name in refusals:
            assert "spec.template.variables" in refusals[name], refusals[name]
    assert min(len(accepted), len(refusals)) >= 20, (len(accepted), len(refusals))  # both outcomes well represented
