"""`kubectl scale llmd/X` through the scale subresource, and the CEL transition rule that refuses
a replicas change that spec.autoscaling would silently ignore."""

from __future__ import annotations

import json

import yaml
from kubernetes import client

from helpers import apply, get_llmd, is_ready, llmd, wait_for

AUTOSCALING = {"minReplicas": 1, "maxReplicas": 4, "target": "8"}


def _deployment_replicas(cluster, namespace: str, name: str) -> int:
    return client.AppsV1Api(cluster.api_client).read_namespaced_deployment(name, namespace).spec.replicas


def test_kubectl_scale_sets_spec_replicas_and_the_deployment_follows(cluster, namespace, operator):
    apply(cluster, namespace, llmd("scalable", replicas=1))
    wait_for(lambda: is_ready(cluster, namespace, "scalable"), what="Ready")

    cluster.kubectl("scale", "llmd/scalable", "--replicas=3", "-n", namespace)

    assert get_llmd(cluster, namespace, "scalable")["spec"]["replicas"] == 3
    wait_for(lambda: _deployment_replicas(cluster, namespace, "scalable") == 3, what="Deployment replicas 3")
    wait_for(lambda: get_llmd(cluster, namespace, "scalable").get("status", {}).get("replicas") == 3,
             what="status.replicas 3")
    scale = json.loads(cluster.kubectl("get", "--raw", f"/apis/llmops.dev/v1alpha1/namespaces/{namespace}"
                                       "/llmdeployments/scalable/scale").stdout)
    assert scale["kind"] == "Scale" and scale["spec"]["replicas"] == 3 and scale["status"]["replicas"] == 3
    # the selector an HPA or KEDA reads through the scale subresource: the model pods' label
    assert scale["status"]["selector"] == "llmops.dev/deployment=scalable"


def test_replicas_cannot_change_while_autoscaling_is_set(cluster, crds, namespace):
    apply(cluster, namespace, llmd("autoscaled", replicas=1, autoscaling=AUTOSCALING))

    scaled = cluster.kubectl("scale", "llmd/autoscaled", "--replicas=3", "-n", namespace, check=False)
    assert scaled.returncode != 0
    assert "spec.replicas" in scaled.stderr and "spec.autoscaling" in scaled.stderr, scaled.stderr

    edited = cluster.kubectl("patch", "llmd/autoscaled", "-n", namespace, "--type=merge",
                             "-p", '{"spec": {"replicas": 2}}', check=False)
    assert edited.returncode != 0 and "spec.replicas" in edited.stderr, edited.stderr
    assert get_llmd(cluster, namespace, "autoscaled")["spec"]["replicas"] == 1

    # Other edits of an autoscaled deployment pass; dropping autoscaling hands the count back.
    autoscaling = {**AUTOSCALING, "maxReplicas": 6}
    apply(cluster, namespace, llmd("autoscaled", replicas=1, autoscaling=autoscaling))
    apply(cluster, namespace, llmd("autoscaled", replicas=2))
    assert get_llmd(cluster, namespace, "autoscaled")["spec"]["replicas"] == 2
    cluster.kubectl("scale", "llmd/autoscaled", "--replicas=3", "-n", namespace)
    assert get_llmd(cluster, namespace, "autoscaled")["spec"]["replicas"] == 3


def _replicas(cluster, namespace: str, name: str) -> int:
    return get_llmd(cluster, namespace, name)["spec"]["replicas"]


def _gitops_apply(cluster, namespace: str, obj: dict, *extra: str):
    return cluster.kubectl("apply", "-n", namespace, "--server-side", "--field-manager=gitops", *extra, "-f", "-",
                           input=yaml.safe_dump(obj), check=False)


def test_gitops_without_replicas_in_git_keeps_what_an_autoscaler_wrote(cluster, crds, namespace):
    """docs/gitops.md: with server-side apply, leave spec.replicas out of git and an external
    autoscaler's writes through /scale survive every sync; keep it in git and the two fight."""
    in_git = llmd("autoscaled-elsewhere", replicas=None)
    assert _gitops_apply(cluster, namespace, in_git).returncode == 0
    assert _replicas(cluster, namespace, "autoscaled-elsewhere") == 1  # the API server's default

    cluster.kubectl("scale", "llmd/autoscaled-elsewhere", "--replicas=4", "-n", namespace)  # the autoscaler
    assert _gitops_apply(cluster, namespace, in_git).returncode == 0  # the next sync
    assert _replicas(cluster, namespace, "autoscaled-elsewhere") == 4

    # spec.replicas in git: the sync puts it back (Flux and Argo CD force any ownership conflict).
    with_replicas = llmd("autoscaled-elsewhere", replicas=1)
    assert _gitops_apply(cluster, namespace, with_replicas, "--force-conflicts").returncode == 0
    assert _replicas(cluster, namespace, "autoscaled-elsewhere") == 1


def test_gitops_can_drop_replicas_from_git_once_an_autoscaler_wrote_it(cluster, crds, namespace):
    """Moving to an external autoscaler: replicas was in git; the autoscaler's first write through
    /scale takes the field over, so the commit that drops it from git does not reset it."""
    assert _gitops_apply(cluster, namespace, llmd("handed-over", replicas=3)).returncode == 0
    cluster.kubectl("scale", "llmd/handed-over", "--replicas=5", "-n", namespace)
    assert _gitops_apply(cluster, namespace, llmd("handed-over", replicas=None)).returncode == 0
    assert _replicas(cluster, namespace, "handed-over") == 5
