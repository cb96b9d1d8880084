"""The Events a kubelet would record for a pod, derived from two successive statuses (pure)."""

from __future__ import annotations


def _by_name(status: dict | None) -> dict[str, dict]:
    return {c["name"]: c for c in (status or {}).get("containerStatuses") or []}


def between(old: dict | None, new: dict, pod_name: str) -> list[tuple[str, str, str]]:
    """(type, reason, message) for what changed: Started, Failed (config), FailedMount, BackOff."""
    out = []
    before = _by_name(old)
    for name, c in _by_name(new).items():
        prev = before.get(name, {})
        state, prev_state = c.get("state") or {}, prev.get("state") or {}
        waiting, prev_waiting = state.get("waiting") or {}, prev_state.get("waiting") or {}
        if "running" in state and (state != prev_state):
            out.append(("Normal", "Started", f"Started container {name}"))
        if waiting and (waiting.get("reason"), waiting.get("message")) != (prev_waiting.get("reason"),
                                                                          prev_waiting.get("message")):
            reason, msg = waiting.get("reason"), waiting.get("message") or ""
            if reason == "CreateContainerConfigError":
                out.append(("Warning", "Failed", f"Error: {msg}"))
            elif reason == "CrashLoopBackOff":
                out.append(("Warning", "BackOff", f"Back-off restarting failed container {name} in pod {pod_name}"))
            elif reason == "ContainerCreating" and msg.startswith("MountVolume"):
                out.append(("Warning", "FailedMount", msg))
    return list(dict.fromkeys(out))  # one FailedMount for the pod, not one per container
