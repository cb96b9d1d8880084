"""The operator's one connection to the API server: a kubernetes ApiClient that counts every
request by verb and resource, plus the few raw calls the typed clients make awkward
(server-side apply, status merge patches, reads by path)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kubernetes import client, config
from kubernetes.client.exceptions import ApiException
from prometheus_client import CollectorRegistry, Counter

from llmops.api.meta import MANAGED_BY
from llmops.kube.resources import resource_for

__all__ = ["ApiException", "FIELD_MANAGER", "Kube", "NotLeader", "make_api_client", "path_for"]

FIELD_MANAGER = MANAGED_BY

WRITE_VERBS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class _CountingApiClient(client.ApiClient):
    """Counts requests by HTTP verb and resource (the path segment after the namespace)."""

    requests_total: Counter | None = None

    def call_api(self, method, url, *args, **kwargs):  # noqa: D401 - same contract as the parent
        if self.requests_total is not None:
            self.requests_total.labels(verb=method.upper(), resource=_resource_of(url)).inc()
        return super().call_api(method, url, *args, **kwargs)


def _resource_of(url: str) -> str:
    path = url.split("?", 1)[0].split("://", 1)[-1]
    parts = [p for p in path.split("/")[1:] if p]
    if "namespaces" in parts:
        i = parts.index("namespaces")
        rest = parts[i + 2:]
        return "/".join(rest[:1] + [s for s in rest[2:3] if s == "status"]) or "namespaces"
    return parts[-1] if parts else ""


def path_for(api_version: str, kind: str, namespace: str, name: str | None = None,
             subresource: str | None = None) -> str:
    return resource_for(api_version, kind).path(namespace, name, subresource)


class NotLeader(RuntimeError):
    """A write refused before it was sent: this process does not hold the leader lease (or
    cannot be sure it still does). Never retried blindly; the new leader does the work."""


@dataclass
class Kube:
    """Thin, counted access to the API server. Every method is synchronous (call from threads).

    `write_fence`, when set, is asked before every write except the lease's own: a process whose
    lease may have expired (a renew deadline passed, e.g. after SIGSTOP) sends no write at all."""

    api: client.ApiClient
    write_fence: Callable[[], bool] | None = None

    def _call(self, method: str, path: str, body: Any = None, content_type: str = "application/json",
              query: list[tuple[str, str]] | None = None, fenced: bool = True) -> dict:
        if fenced and method in WRITE_VERBS and self.write_fence is not None and not self.write_fence():
            raise NotLeader(f"{method} {path} refused: not the leader")
        _, url, headers, data, _ = self.api.param_serialize(
            method=method, resource_path=path, query_params=query or [],
            header_params={"Accept": "application/json", "Content-Type": content_type},
            body=None, auth_settings=["BearerToken"],
        )
        # The REST layer serialises dicts itself for JSON content types; anything else (apply
        # patches) goes as the JSON text we give it.
        if body is not None and not content_type.endswith("json") and not isinstance(body, str):
            body = json.dumps(body)
        resp = self.api.call_api(method, url, header_params=headers, body=body, _request_timeout=30)
        raw = resp.read() if hasattr(resp, "read") else resp.data
        if not 200 <= resp.status < 300:
            raise ApiException(status=resp.status, reason=resp.reason, http_resp=resp)
        return json.loads(raw) if raw else {}

    def apply(self, manifest: dict, force: bool = True, text: str | None = None,
              manager: str = FIELD_MANAGER) -> dict:
        """Server-side apply under FIELD_MANAGER; returns the object as stored. `text`, when
        given, is the manifest already serialised (JSON is YAML)."""
        md = manifest["metadata"]
        path = path_for(manifest["apiVersion"], manifest["kind"], md["namespace"], md["name"])
        query = [("fieldManager", manager), ("force", "true" if force else "false")]
        return self._call("PATCH", path, text if text is not None else manifest, "application/apply-patch+yaml", query)

    def get(self, api_version: str, kind: str, namespace: str, name: str) -> dict | None:
        try:
            return self._call("GET", path_for(api_version, kind, namespace, name))
        except ApiException as e:
            if e.status == 404:
                return None
            raise

    def list_pages(self, path: str, label_selector: str | None = None, api_version: str | None = None,
                   kind: str | None = None, limit: int = 100):
        """Yield (items, snapshot resourceVersion) page by page, so that a large listing never
        sits in memory whole. Nothing when the resource does not exist (CRD not installed)."""
        cont = None
        snapshot_rv = None
        while True:
            query = [("limit", str(limit))]
            if label_selector:
                query.append(("labelSelector", label_selector))
            if cont:
                query.append(("continue", cont))
            try:
                page = self._call("GET", path, query=query)
            except ApiException as e:
                if e.status == 404:
                    return
                raise
            items = page.get("items") or []
            if api_version:
                for item in items:
                    item.setdefault("apiVersion", api_version)
                    item.setdefault("kind", kind)
            snapshot_rv = snapshot_rv or (page.get("metadata") or {}).get("resourceVersion")
            yield items, snapshot_rv
            cont = (page.get("metadata") or {}).get("continue")
            if not cont:
                return

    def patch_status(self, api_version: str, kind: str, namespace: str, name: str, status: dict) -> dict:
        """Merge-patch the status subresource (only the fields given)."""
        path = path_for(api_version, kind, namespace, name, "status")
        return self._call("PATCH", path, {"status": status}, "application/merge-patch+json")

    def delete(self, api_version: str, kind: str, namespace: str, name: str) -> None:
        try:
            self._call("DELETE", path_for(api_version, kind, namespace, name))
        except ApiException as e:
            if e.status != 404:
                raise

    def create_event(self, namespace: str, event: dict) -> dict:
        return self._call("POST", path_for("v1", "Event", namespace), event)

    def patch_event(self, namespace: str, name: str, patch: dict) -> dict:
        return self._call("PATCH", path_for("v1", "Event", namespace, name), patch, "application/merge-patch+json")

    # -- the leader lease (never fenced: it is how a process learns whether it may write) ------

    def get_lease(self, namespace: str, name: str) -> dict | None:
        try:
            return self._call("GET", path_for("coordination.k8s.io/v1", "Lease", namespace, name))
        except ApiException as e:
            if e.status == 404:
                return None
            raise

    def create_lease(self, namespace: str, lease: dict) -> dict:
        return self._call("POST", path_for("coordination.k8s.io/v1", "Lease", namespace), lease, fenced=False)

    def replace_lease(self, namespace: str, lease: dict) -> dict:
        """PUT with the lease's resourceVersion: optimistic concurrency decides between two candidates."""
        return self._call("PUT", path_for("coordination.k8s.io/v1", "Lease", namespace, lease["metadata"]["name"]),
                          lease, fenced=False)


def make_api_client(registry: CollectorRegistry | None = None, kubeconfig: str | None = None) -> client.ApiClient:
    """In-cluster config, else the kubeconfig ($KUBECONFIG or ~/.kube/config, or the path
    given); counts requests into `registry` when given."""
    cfg = client.Configuration()
    try:
        if kubeconfig:
            raise config.ConfigException("explicit kubeconfig")
        config.load_incluster_config(client_configuration=cfg)
    except config.ConfigException:
        config.load_kube_config(config_file=kubeconfig or os.environ.get("KUBECONFIG") or None,
                                client_configuration=cfg)
    cfg.connection_pool_maxsize = 32
    api = _CountingApiClient(configuration=cfg)
    if registry is not None:
        api.requests_total = Counter(
            "llmops_operator_api_requests_total", "Requests the operator made to the API server.",
            ["verb", "resource"], registry=registry)
    return api
