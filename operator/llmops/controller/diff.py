"""Is what we want already there? A semantic subset check of a desired manifest against the
live object, so that fields the API server or other controllers add never cause a write."""

from __future__ import annotations

from typing import Any

from kubernetes.utils import parse_quantity


def _same_scalar(want: Any, have: Any) -> bool:
    if want == have:
        return True
    if isinstance(want, str) and isinstance(have, str):
        try:  # the API server canonicalises quantities: "0.5" is stored as "500m"
            return parse_quantity(want) == parse_quantity(have)
        except (ValueError, TypeError, ArithmeticError):
            return False
    return False


def is_subset(want: Any, have: Any) -> bool:
    """True when every field of `want` is present in `have` with an equal value.

    Lists of named objects (containers, env, ports, volumes) match by name, so an element another
    party added is tolerated; other lists (args, command) must be equal element by element.
    """
    if isinstance(want, dict):
        if not isinstance(have, dict):
            return False
        return all(k in have and is_subset(v, have[k]) for k, v in want.items())
    if isinstance(want, list):
        if not isinstance(have, list):
            return False
        if want and all(isinstance(w, dict) and "name" in w for w in want):
            by_name = {h.get("name"): h for h in have if isinstance(h, dict)}
            return all(w["name"] in by_name and is_subset(w, by_name[w["name"]]) for w in want)
        if len(want) != len(have):
            return False
        return all(is_subset(w, h) for w, h in zip(want, have))
    return _same_scalar(want, have)


def owned_by(obj: dict, uid: str) -> bool:
    return any(r.get("uid") == uid and r.get("controller") for r in obj["metadata"].get("ownerReferences") or [])
