"""Simulated GPU nodes: Node objects that kwok keeps Ready, with `nvidia.com/gpu` capacity."""

from __future__ import annotations

import time
from typing import Callable

from kubernetes import client, config

from llmops.devcluster.errors import FAKE_NODE_ANNOTATION, ClusterError

GPU_RESOURCE = "nvidia.com/gpu"


def pod_cidr(index: int, pods: int, cluster_cidr: str = "10.244.0.0/16") -> str:
    """Node `index`'s own pod range inside the cluster's, big enough for `pods`: kwok hands out
    pod IPs per node, so without distinct ranges two nodes' pods would share addresses."""
    import ipaddress

    prefix = next(p for p in (24, 23, 22, 21, 20, 19, 18) if 2 ** (32 - p) - 2 >= pods or p == 18)
    subnets = ipaddress.ip_network(cluster_cidr).subnets(new_prefix=prefix)
    for i, net in enumerate(subnets):
        if i == index:
            return str(net)
    raise ClusterError(f"node {index} does not fit in {cluster_cidr} with /{prefix} per node")


def node_manifest(name: str, gpus: int, cidr: str | None = None) -> dict:
    return {
        "apiVersion": "v1", "kind": "Node",
        "metadata": {
            "name": name,
            "annotations": {FAKE_NODE_ANNOTATION[0]: FAKE_NODE_ANNOTATION[1]},
            "labels": {
                "kubernetes.io/hostname": name, "kubernetes.io/os": "linux",
                "kubernetes.io/arch": "amd64", "type": "kwok",
                "nvidia.com/gpu.present": "true",
                "node.kubernetes.io/instance-type": f"sim-gpu-{gpus}x",
            },
        },
        "spec": {"podCIDR": cidr, "podCIDRs": [cidr]} if cidr else {},
    }


def capacity(gpus: int, pods: int = 110) -> dict:
    return {"cpu": "32", "memory": "256Gi", "pods": str(pods), "ephemeral-storage": "1Ti", GPU_RESOURCE: str(gpus)}


def create_gpu_nodes(kubeconfig: str, count: int, gpus: int, log: Callable[[str], None],
                     prefix: str = "kwok-gpu", timeout: float = 60, pods: int = 110) -> list[str]:
    api = client.CoreV1Api(config.new_client_from_config(config_file=kubeconfig))
    names = [f"{prefix}-{i}" for i in range(count)]
    log(f"creating {count} simulated node(s) with {gpus} x {GPU_RESOURCE} each")
    for i, name in enumerate(names):
        api.create_node(node_manifest(name, gpus, pod_cidr(i, pods)))
        # Status is not taken from a create; set capacity through the status subresource.
        cap = capacity(gpus, pods)
        api.patch_node_status(name, {"status": {"capacity": cap, "allocatable": cap}})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready = [n.metadata.name for n in api.list_node().items
                 if n.metadata.name in names and _is_ready(n) and _has_gpus(n, gpus)]
        if len(ready) == count:
            log(f"nodes Ready: {', '.join(names)}")
            return names
        time.sleep(0.5)
    raise ClusterError(f"simulated nodes did not become Ready with {GPU_RESOURCE} within {timeout:.0f}s; "
                       "see logs/kwok.log")


def _is_ready(node) -> bool:
    return any(c.type == "Ready" and c.status == "True" for c in (node.status.conditions or []))


def _has_gpus(node, gpus: int) -> bool:
    return (node.status.allocatable or {}).get(GPU_RESOURCE) == str(gpus)
