"""Kubernetes Events about our resources, posted through the counted client.

Repeats of the same reason on the same object are folded into one Event whose `count` and
`lastTimestamp` move (as the kubelet and controllers do), so a flapping pod cannot flood the
namespace with Event objects."""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import threading
from datetime import UTC, datetime



from llmops.controller.kstatus import Event
from llmops.kube.client import FIELD_MANAGER, ApiException, Kube

log = logging.getLogger("llmops.controller.events")


def event_name(obj_name: str, uid: str, reason: str) -> str:
    """Stable per (object, reason): `<name>.<10 hex>`, like the kubelet's `<name>.<hex>`."""
    return f"{obj_name}.{hashlib.sha256(f'{uid}/{reason}'.encode()).hexdigest()[:10]}"


class Recorder:
    def __init__(self, kube: Kube) -> None:
        self.kube = kube
        self.instance = os.environ.get("POD_NAME") or socket.gethostname()
        self._counts: dict[str, int] = {}  # event name -> count last written
        self._lock = threading.Lock()

    def __call__(self, body: dict, event: Event) -> None:
        md = body["metadata"]
        ns, reason = md["namespace"], str(event.reason)
        name = event_name(md["name"], md["uid"], reason)
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self._lock:
            count = self._counts.get(name, 0) + 1
            self._counts[name] = count
        try:
            if count > 1 and self._bump(ns, name, count, event.message, now):
                return
            self.kube.create_event(ns, {
                "apiVersion": "v1", "kind": "Event",
                "metadata": {"name": name, "namespace": ns},
                "involvedObject": {"apiVersion": body["apiVersion"], "kind": body["kind"], "name": md["name"],
                                   "namespace": ns, "uid": md["uid"]},
                "type": event.type, "reason": reason, "message": event.message[:1024],
                "source": {"component": FIELD_MANAGER}, "reportingComponent": FIELD_MANAGER,
                "reportingInstance": self.instance, "firstTimestamp": now, "lastTimestamp": now, "count": 1,
            })
            with self._lock:
                self._counts[name] = 1
        except ApiException as e:
            if e.status == 409:  # written by an earlier run of the operator: continue its count
                existing = self.kube.get("v1", "Event", ns, name) or {}
                with self._lock:
                    self._counts[name] = existing.get("count", 1)
                self._bump(ns, name, self._counts[name] + 1, event.message, now)
                return
            # an event is a courtesy: never fail a reconcile for it
            log.warning("could not post event %s on %s/%s: %s", reason, ns, md["name"], e.reason)

    def _bump(self, ns: str, name: str, count: int, message: str, now: str) -> bool:
        """Fold a repeat into the existing Event. False when it is gone (Events expire)."""
        try:
            self.kube.patch_event(ns, name, {"count": count, "lastTimestamp": now, "message": message[:1024]})
        except ApiException as e:
            if e.status == 404:
                return False
            raise
        with self._lock:
            self._counts[name] = count
        return True
