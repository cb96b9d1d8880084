"""Writing a status: the one I/O step every controller ends with. A patch only when a field
differs (no idle writes), and the cache updated from the response so the echo of our own
write is not taken for a change."""

from __future__ import annotations


def write_status(kube, store, body: dict, patch: dict, out) -> bool:
    """Merge-patch `patch` into the object's status; False (no request) when it is empty. The
    change is recorded on the outcome: the echo of this write is dropped by the cache as not
    newer, so the runtime tells the other controllers from here (a target's Available flip
    must reach the routers that name it)."""
    if not patch:
        return False
    md = body["metadata"]
    updated = kube.patch_status(body["apiVersion"], body["kind"], md["namespace"], md["name"], patch)
    store.upsert(body["kind"], updated)
    out.status_patched = True
    out.written.append((body["kind"], body, updated))
    return True
