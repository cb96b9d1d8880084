"""metav1.LabelSelector semantics as a pure function: which objects a GuardrailPolicy picks."""

from __future__ import annotations


def matches(selector: dict | None, labels: dict | None) -> bool:
    """Whether labels satisfy the selector (wire form: matchLabels, matchExpressions). An empty
    selector selects everything; None (no selector at all) selects nothing."""
    if selector is None:
        return False
    labels = labels or {}
    for key, value in (selector.get("matchLabels") or {}).items():
        if labels.get(key) != value:
            return False
    for req in selector.get("matchExpressions") or []:
        key, op, values = req.get("key"), req.get("operator"), req.get("values") or []
        if op == "In" and labels.get(key) not in values:
            return False
        if op == "NotIn" and key in labels and labels[key] in values:
            return False
        if op == "Exists" and key not in labels:
            return False
        if op == "DoesNotExist" and key in labels:
            return False
        if op not in ("In", "NotIn", "Exists", "DoesNotExist"):
            return False  # unknown operator: select nothing rather than everything
    return True
