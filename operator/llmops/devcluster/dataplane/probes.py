"""Readiness and liveness probes, run the kubelet's way against the pod's IP."""

from __future__ import annotations

import asyncio

from llmops.devcluster.dataplane.netns import NamespaceThread
from llmops.devcluster.dataplane.podspec import Probe
from llmops.devcluster.dataplane.proxy import connect_in


async def run(ns: NamespaceThread, pod_ip: str, probe: Probe) -> bool:
    """HTTP GET: any status from 200 to 399 passes; TCP: a connection passes."""
    try:
        reader, writer = await asyncio.wait_for(connect_in(ns, pod_ip, probe.port), probe.timeout)
    except (OSError, asyncio.TimeoutError):
        return False
    try:
        if probe.kind == "tcp":
            return True
        writer.write(f"GET {probe.path} HTTP/1.1\r\nHost: {pod_ip}:{probe.port}\r\n"
                     f"User-Agent: kube-probe/llmops\r\nConnection: close\r\n\r\n".encode())
        line = await asyncio.wait_for(reader.readline(), probe.timeout)
        parts = line.split()
        return len(parts) >= 2 and parts[1].isdigit() and 200 <= int(parts[1]) < 400
    except (OSError, asyncio.TimeoutError):
        return False
    finally:
        writer.close()
