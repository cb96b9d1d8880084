"""A small informer: list once, then follow a raw watch (plain dicts, no model objects), relist
when the watch expires. The stand-in reads its caches instead of re-listing the cluster on
every change, so thousands of simulated pods cost it only their events."""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Callable

log = logging.getLogger("llmops.dataplane.informer")


class Informer:
    def __init__(self, kind: str, list_fn: Callable, on_change: Callable[[], None]) -> None:
        self.kind, self.list_fn, self.on_change = kind, list_fn, on_change
        self._items: dict[str, dict] = {}
        self._lock = threading.Lock()
        self.synced = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name=f"informer-{kind}")

    def start(self) -> "Informer":
        self._thread.start()
        return self

    def items(self) -> list[dict]:
        with self._lock:
            return list(self._items.values())

    def _run(self) -> None:
        while True:
            try:
                rv = self._list()
                self._follow(rv)
            except Exception as e:  # noqa: BLE001 - a broken watch is relisted, never fatal
                log.debug("%s informer: %s; relisting", self.kind, e)
                time.sleep(1)

    def _list(self) -> str:
        data = json.loads(self.list_fn(_preload_content=False).data)
        with self._lock:
            self._items = {o["metadata"]["uid"]: o for o in data["items"]}
        self.synced.set()
        self.on_change()
        return data["metadata"]["resourceVersion"]

    def _follow(self, rv: str) -> None:
        while True:
            resp = self.list_fn(watch=True, resource_version=rv, allow_watch_bookmarks=True, timeout_seconds=300,
                                _preload_content=False, _request_timeout=330)
            try:
                for line in resp:
                    if not line.strip():
                        continue
                    ev = json.loads(line)
                    obj, typ = ev.get("object") or {}, ev.get("type")
                    if typ == "ERROR":
                        return  # e.g. 410 Gone: relist
                    rv = obj["metadata"]["resourceVersion"]
                    if typ == "BOOKMARK":
                        continue
                    with self._lock:
                        if typ == "DELETED":
                            self._items.pop(obj["metadata"]["uid"], None)
                        else:
                            self._items[obj["metadata"]["uid"]] = obj
                    self.on_change()
            finally:
                resp.release_conn()
