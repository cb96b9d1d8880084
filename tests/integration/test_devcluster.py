"""The local control plane is real: scheduling onto simulated GPU nodes, Running/Ready pods,
garbage collection of dependents."""

from __future__ import annotations

from kubernetes import client

from helpers import wait_for as _wait


def _deployment(name: str, replicas: int, gpus: int = 1) -> dict:
    return {
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name},
        "spec": {
            "replicas": replicas, "selector": {"matchLabels": {"app": name}},
            "template": {"metadata": {"labels": {"app": name}}, "spec": {"containers": [{
                "name": "main", "image": "registry.example/model:1",
                "resources": {"limits": {"nvidia.com/gpu": str(gpus)}}}]}},
        },
    }


def test_nodes_are_ready_with_gpus(cluster):
    nodes = client.CoreV1Api(cluster.api_client).list_node().items
    assert len(nodes) == 2
    for n in nodes:
        assert n.status.allocatable["nvidia.com/gpu"] == "8"
        assert any(c.type == "Ready" and c.status == "True" for c in n.status.conditions)


def test_deployment_pods_scheduled_running_ready(cluster, namespace):
    apps, core = client.AppsV1Api(cluster.api_client), client.CoreV1Api(cluster.api_client)
    apps.create_namespaced_deployment(namespace, _deployment("web", 2))

    def ready_pods():
        pods = core.list_namespaced_pod(namespace, label_selector="app=web").items
        ok = [p for p in pods if p.status.phase == "Running" and p.spec.node_name
              and any(c.type == "Ready" and c.status == "True" for c in p.status.conditions or [])]
        return ok if len(ok) == 2 else None

    pods = _wait(ready_pods, what="2 Running and Ready pods")
    assert {p.spec.node_name for p in pods} <= {"kwok-gpu-0", "kwok-gpu-1"}
    _wait(lambda: apps.read_namespaced_deployment("web", namespace).status.ready_replicas == 2,
          what="deployment readyReplicas == 2")


def test_gpu_request_beyond_capacity_stays_pending(cluster, namespace):
    core = client.CoreV1Api(cluster.api_client)
    client.AppsV1Api(cluster.api_client).create_namespaced_deployment(namespace, _deployment("huge", 1, gpus=16))

    def unschedulable():
        pods = core.list_namespaced_pod(namespace, label_selector="app=huge").items
        for p in pods:
            for c in p.status.conditions or []:
                if c.type == "PodScheduled" and c.status == "False" and c.reason == "Unschedulable":
                    return c.message
        return None

    msg = _wait(unschedulable, what="Unschedulable pod")
    assert "nvidia.com/gpu" in msg


def test_deleting_owner_garbage_collects_dependents(cluster, namespace):
    apps, core = client.AppsV1Api(cluster.api_client), client.CoreV1Api(cluster.api_client)
    apps.create_namespaced_deployment(namespace, _deployment("gc", 1))
    _wait(lambda: core.list_namespaced_pod(namespace, label_selector="app=gc").items, what="a pod")
    assert apps.list_namespaced_replica_set(namespace, label_selector="app=gc").items
    apps.delete_namespaced_deployment("gc", namespace)  # background propagation: GC does the rest
    _wait(lambda: not apps.list_namespaced_replica_set(namespace, label_selector="app=gc").items,
          what="ReplicaSet garbage-collected")
    _wait(lambda: not core.list_namespaced_pod(namespace, label_selector="app=gc").items,
          what="Pods garbage-collected")
