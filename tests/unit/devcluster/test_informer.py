"""The stand-in's informer: a list, then a raw watch applied to the cache, relisted on ERROR."""

from __future__ import annotations

import json
import threading

from llmops.devcluster.dataplane.informer import Informer


class _Resp:
    def __init__(self, data: bytes = b"", lines: list[dict] | None = None) -> None:
        self.data, self._lines = data, [json.dumps(x).encode() + b"\n" for x in lines or []]

    def __iter__(self):
        return iter(self._lines)

    def release_conn(self) -> None:
        pass


def _obj(uid: str, rv: str, **extra) -> dict:
    return {"metadata": {"uid": uid, "resourceVersion": rv, "name": uid, **extra}}


def test_events_update_the_cache_and_an_expired_watch_relists():
    calls: list[dict] = []
    lists = iter([
        {"metadata": {"resourceVersion": "10"}, "items": [_obj("a", "9"), _obj("b", "10")]},
        {"metadata": {"resourceVersion": "20"}, "items": [_obj("c", "20")]},
    ])
    watches = iter([
        [{"type": "MODIFIED", "object": _obj("a", "11", labels={"x": "1"})},
         {"type": "DELETED", "object": _obj("b", "12")},
         {"type": "BOOKMARK", "object": {"metadata": {"resourceVersion": "13"}}},
         {"type": "ADDED", "object": _obj("d", "14")},
         {"type": "ERROR", "object": {"code": 410, "metadata": {"resourceVersion": ""}}}],
    ])
    seen: list[list[str]] = []
    done = threading.Event()

    def list_fn(**kw):
        calls.append(kw)
        if kw.get("watch"):
            try:
                return _Resp(lines=next(watches))
            except StopIteration:
                done.set()
                threading.Event().wait()  # the second watch blocks, as a quiet cluster's would
        return _Resp(json.dumps(next(lists)).encode())

    inf = Informer("pod", list_fn, lambda: seen.append(sorted(o["metadata"]["uid"] for o in inf.items())))
    inf.start()
    assert done.wait(5)
    assert ["a", "b"] in seen and ["a", "d"] in seen          # after the list, after the events
    assert seen[-1] == ["c"]                                  # the relist replaced the cache
    watch_calls = [c for c in calls if c.get("watch")]
    assert watch_calls[0]["resource_version"] == "10" and watch_calls[1]["resource_version"] == "20"
