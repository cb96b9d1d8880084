"""The examples do what their READMEs say: every `kubectl` command of each README runs as
written (no `-n`: the dev kubeconfig's context defaults to the demo namespace) against the real
control plane with the operator running, twice (the second time as after `llmops dev up`, with
every object already there); and a second `kubectl apply --server-side` of the
examples changes nothing (what GitOps tools do on every sync).

Not run here: `kubectl port-forward` and `curl`, which need a real model server behind the pods
(kwok's pods run nothing); the gateway's request path is tested in tests/gateway and tests/e2e."""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from llmops.devcluster import kubectl
from operator_proc import start_operator

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
READMES = sorted(EXAMPLES.glob("*/README.md"))
NOT_HERE = ("kubectl port-forward",)


def readme_commands(readme: Path) -> list[str]:
    """The kubectl command lines of a README's ```sh blocks, continuation lines joined."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", readme.read_text(), flags=re.S):
        for line in block.replace("\\\n", " ").splitlines():
            line = line.split("  #")[0].strip()
            if line.startswith("kubectl ") and not line.startswith(NOT_HERE):
                commands.append(line)
    return commands


def test_every_readme_has_commands():
    assert len(READMES) == 5
    assert all(readme_commands(r) for r in READMES)


@pytest.mark.parametrize("readme", READMES, ids=lambda p: p.parent.name)
def test_readme_commands_work_as_written(cluster, crds, namespace, tmp_path, readme):
    kc = tmp_path / "kubeconfig"
    shutil.copy(cluster.kubeconfig, kc)
    kubectl.set_context_namespace(str(kc), namespace)  # what `llmops dev up` does to its kubeconfig
    op = start_operator(cluster.kubeconfig, [namespace], tmp_path)
    env = dict(os.environ, KUBECONFIG=str(kc), OPENAI_API_KEY="sk-test-not-a-key",
               PATH=f"{kubectl.binary().parent}{os.pathsep}{os.environ['PATH']}")
    try:
        for attempt in ("fresh namespace", "objects already there"):
            for command in readme_commands(readme):
                r = subprocess.run(["bash", "-c", f"set -o pipefail; {command}"], cwd=REPO, env=env,
                                   capture_output=True, text=True, timeout=120)
                assert r.returncode == 0, f"{attempt}: {command}\n{r.stdout}{r.stderr}"
    finally:
        op.stop()
    created = cluster.kubectl("get", "llmops", "-n", namespace, "-o", "name").stdout.split()
    assert created, "the README's commands created nothing in the context's namespace"
    if readme.parent.name == "external-openai":  # the user's key, not the example's placeholder
        key = cluster.kubectl("get", "secret", "openai-api-key", "-n", namespace, "-o", "jsonpath={.data.apiKey}")
        assert base64.b64decode(key.stdout).decode() == env["OPENAI_API_KEY"]


def _versions(cluster, namespace: str) -> dict[str, str]:
    items = json.loads(cluster.kubectl("get", "llmops,secrets", "-n", namespace, "-o", "json").stdout)["items"]
    return {f"{o['kind']}/{o['metadata']['name']}": o["metadata"]["resourceVersion"] for o in items}


def test_server_side_apply_twice_changes_nothing(cluster, crds, namespace):
    apply = ("apply", "--server-side", "--field-manager=gitops", "-n", namespace, "-R", "-f", str(EXAMPLES))
    cluster.kubectl(*apply)
    before = _versions(cluster, namespace)
    assert len([k for k in before if not k.startswith("Secret/")]) >= 8
    diff = cluster.kubectl("diff", "--server-side", "--field-manager=gitops", "-n", namespace, "-R",
                           "-f", str(EXAMPLES), check=False)
    assert diff.returncode == 0 and not diff.stdout, diff.stdout + diff.stderr
    cluster.kubectl(*apply)
    assert _versions(cluster, namespace) == before
