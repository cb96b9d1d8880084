"""Kubernetes Events about our resources, posted through the counted client."""

from __future__ import annotations

import logging
import os
import socket
from datetime import UTC, datetime

from kubernetes.client.exceptions import ApiException

from llmops.controller.status import Event
from llmops.kube.client import FIELD_MANAGER, Kube

log = logging.getLogger("llmops.controller.events")


class Recorder:
    def __init__(self, kube: Kube) -> None:
        self.kube = kube
        self.instance = os.environ.get("POD_NAME") or socket.gethostname()

    def __call__(self, body: dict, event: Event) -> None:
        md = body["metadata"]
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        ev = {
            "apiVersion": "v1", "kind": "Event",
            "metadata": {"generateName": f"{md['name']}.", "namespace": md["namespace"]},
            "involvedObject": {"apiVersion": body["apiVersion"], "kind": body["kind"], "name": md["name"],
                               "namespace": md["namespace"], "uid": md["uid"]},
            "type": event.type, "reason": str(event.reason), "message": event.message[:1024],
            "source": {"component": FIELD_MANAGER}, "reportingComponent": FIELD_MANAGER,
            "reportingInstance": self.instance, "firstTimestamp": now, "lastTimestamp": now, "count": 1,
        }
        try:
            self.kube.create_event(md["namespace"], ev)
        except ApiException as e:  # an event is a courtesy: never fail a reconcile for it
            log.warning("could not post event %s on %s/%s: %s", event.reason, md["namespace"], md["name"], e.reason)
