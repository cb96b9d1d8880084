"""An in-memory stand-in for `kube.Kube`, for unit tests of reconcile logic only (the
integration tests use the real API server). It stores what is applied, counts every call, and
feeds the same objects to the watch cache as the real watch would."""

from __future__ import annotations

import copy
import itertools
import uuid

from llmops.controller.events import Recorder
from llmops.controller.guardrailpolicy import GuardrailPolicyController
from llmops.controller.llmdeployment import LLMDeploymentController
from llmops.controller.metrics import OperatorMetrics
from llmops.controller.routingpolicy import RoutingPolicyController
from llmops.controller.runtime import OperatorConfig, Runtime
from llmops.controller.store import Store
from llmops.render.gatewaypod import RenderSettings
from prometheus_client import CollectorRegistry


class FakeKube:
    def __init__(self) -> None:
        self.objects: dict[tuple[str, str, str], dict] = {}
        self.calls: list[tuple[str, str, str]] = []
        self._rv = itertools.count(100)

    def _stamp(self, obj: dict) -> dict:
        md = obj.setdefault("metadata", {})
        md["resourceVersion"] = str(next(self._rv))
        md.setdefault("uid", str(uuid.uuid4()))
        md.setdefault("generation", 1)
        return obj

    def put(self, obj: dict) -> dict:
        """Create or replace an object as a user would (bumps generation on a spec change)."""
        key = (obj["kind"], obj["metadata"]["namespace"], obj["metadata"]["name"])
        old = self.objects.get(key)
        new = copy.deepcopy(obj)
        if old is not None:
            new["metadata"]["uid"] = old["metadata"]["uid"]
            new["metadata"]["generation"] = old["metadata"]["generation"] + (old.get("spec") != new.get("spec"))
            new.setdefault("status", old.get("status"))
        self.objects[key] = self._stamp(new)
        return copy.deepcopy(self.objects[key])

    def writes(self) -> list[tuple[str, str, str]]:
        return [c for c in self.calls if c[0] != "GET"]

    # -- the Kube interface the controllers use --------------------------------------------

    def get(self, api_version, kind, namespace, name):
        self.calls.append(("GET", kind, name))
        obj = self.objects.get((kind, namespace, name))
        return copy.deepcopy(obj) if obj else None

    def apply(self, manifest, force=True, text=None, manager="llmops-operator"):
        md = manifest["metadata"]
        self.calls.append(("APPLY", manifest["kind"], md["name"]))
        key = (manifest["kind"], md["namespace"], md["name"])
        merged = copy.deepcopy(self.objects.get(key) or {})
        for k, v in copy.deepcopy(manifest).items():
            merged[k] = ({**merged.get("metadata", {}), **v} if k == "metadata" else v)
        self.objects[key] = self._stamp(merged)
        return copy.deepcopy(self.objects[key])

    def patch_status(self, api_version, kind, namespace, name, patch):
        self.calls.append(("PATCH_STATUS", kind, name))
        obj = self.objects[(kind, namespace, name)]
        status = obj.setdefault("status", {}) or {}

        def merge(dst, src):
            for k, v in src.items():
                if v is None:
                    dst.pop(k, None)
                elif isinstance(v, dict) and isinstance(dst.get(k), dict):
                    merge(dst[k], v)
                else:
                    dst[k] = copy.deepcopy(v)
        merge(status, patch)
        obj["status"] = status
        self._stamp(obj)
        return copy.deepcopy(obj)

    def delete(self, api_version, kind, namespace, name):
        self.calls.append(("DELETE", kind, name))
        self.objects.pop((kind, namespace, name), None)

    def create_event(self, namespace, event):
        self.calls.append(("EVENT", event["reason"], event["involvedObject"]["name"]))
        return event

    def patch_event(self, namespace, name, patch):
        self.calls.append(("EVENT_PATCH", name, ""))
        return patch

    def list_pages(self, path, label_selector=None, api_version=None, kind=None, limit=100):
        yield [copy.deepcopy(o) for (k, _, _), o in self.objects.items() if k == kind], "1"


class World:
    """A FakeKube, a watch cache fed from it, and the real controllers on the real runtime."""

    def __init__(self) -> None:
        self.kube = FakeKube()
        self.store = Store()
        recorder = Recorder(self.kube)
        settings = RenderSettings()
        self.controllers = {
            "LLMDeployment": LLMDeploymentController(self.kube, self.store, settings, recorder),
            "GuardrailPolicy": GuardrailPolicyController(self.kube, self.store, recorder),
            "RoutingPolicy": RoutingPolicyController(self.kube, self.store, settings, recorder),
        }
        self.runtime = Runtime(OperatorConfig(workers=1), self.kube, OperatorMetrics.create(CollectorRegistry()),
                               self.store, list(self.controllers.values()))

    def put(self, obj: dict) -> set:
        """A user applies `obj`; returns the keys the runtime would enqueue for it."""
        stored = self.kube.put(obj)
        return self.event("MODIFIED", stored)

    def event(self, type_: str, obj: dict) -> set:
        old = self.store.get(obj["kind"], obj["metadata"]["namespace"], obj["metadata"]["name"])
        if type_ == "DELETED":
            self.store.delete(obj["kind"], obj["metadata"]["namespace"], obj["metadata"]["name"])
            return self.runtime.keys_for(obj["kind"], obj, old, None)
        self.store.upsert(obj["kind"], obj)
        return self.runtime.keys_for(obj["kind"], obj, old, obj)

    def reconcile(self, kind: str, namespace: str, name: str):
        return self.controllers[kind].reconcile(namespace, name)

    def sync_children(self) -> None:
        """Deliver every object the fake holds to the cache (as the watches would)."""
        for obj in list(self.kube.objects.values()):
            self.store.upsert(obj["kind"], copy.deepcopy(obj))

    def status(self, kind: str, namespace: str, name: str) -> dict:
        return self.kube.objects[(kind, namespace, name)].get("status") or {}

    def condition(self, kind, namespace, name, type_):
        return next((c for c in self.status(kind, namespace, name).get("conditions") or [] if c["type"] == type_), None)
