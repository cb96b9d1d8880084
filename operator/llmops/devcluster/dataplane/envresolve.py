"""A container's environment from its pod spec, resolved as the kubelet resolves it.

`value` (with `$(VAR)` references to variables defined before it), `valueFrom.secretKeyRef`,
`configMapKeyRef`, `fieldRef` and `resourceFieldRef`, and `envFrom`. A missing non-optional
ConfigMap, Secret or key raises ConfigError with the kubelet's message; the container then waits
in CreateContainerConfigError.
"""

from __future__ import annotations

import base64
import math
import re
from decimal import Decimal
from typing import Callable

Lookup = Callable[[str, str], dict | None]  # (namespace, name) -> object or None


class ConfigError(ValueError):
    """What keeps a container in CreateContainerConfigError (the kubelet's wording)."""


_SUFFIX = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50, "Ei": 2**60,
           "n": Decimal("1e-9"), "u": Decimal("1e-6"), "m": Decimal("1e-3"), "": 1,
           "k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12, "P": 10**15, "E": 10**18}
_QTY = re.compile(r"^([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$")


def quantity(text: str | int | float) -> Decimal:
    """A Kubernetes resource quantity (`500m`, `32Gi`, `1e3`) as a number."""
    m = _QTY.match(str(text).strip())
    if not m:
        raise ValueError(f"invalid quantity {text!r}")
    return Decimal(m.group(1)) * Decimal(_SUFFIX[m.group(2) or ""])


_VAR = re.compile(r"\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)")


def expand(text: str, env: dict[str, str]) -> str:
    """`$(VAR)` -> its value when defined (else left as is); `$$` -> `$`: the kubelet's rule."""
    def sub(m: re.Match) -> str:
        if m.group(0) == "$$":
            return "$"
        return env.get(m.group(1), m.group(0))
    return _VAR.sub(sub, text)


def field_value(pod: dict, path: str) -> str:
    md, spec, st = pod.get("metadata") or {}, pod.get("spec") or {}, pod.get("status") or {}
    simple = {
        "metadata.name": md.get("name"), "metadata.namespace": md.get("namespace"),
        "metadata.uid": md.get("uid"), "spec.nodeName": spec.get("nodeName"),
        "spec.serviceAccountName": spec.get("serviceAccountName") or "default",
        "status.podIP": st.get("podIP"), "status.hostIP": st.get("hostIP"),
        "status.podIPs": ",".join(p["ip"] for p in st.get("podIPs") or []) or st.get("podIP"),
        "status.hostIPs": ",".join(p["ip"] for p in st.get("hostIPs") or []) or st.get("hostIP"),
    }
    if path in simple:
        return simple[path] or ""
    m = re.fullmatch(r"metadata\.(labels|annotations)\['([^']+)'\]", path)
    if m:
        return (md.get(m.group(1)) or {}).get(m.group(2), "")
    raise ConfigError(f"unsupported fieldRef fieldPath {path!r}")


def resource_value(container: dict, ref: dict, node_allocatable: dict) -> str:
    """limits.* default to the node's allocatable, as the kubelet does; CPU rounds up."""
    res = ref["resource"]
    kind, _, name = res.partition(".")
    if kind not in ("limits", "requests") or not name:
        raise ConfigError(f"unsupported resourceFieldRef resource {res!r}")
    have = (container.get("resources") or {}).get(kind) or {}
    raw = have.get(name)
    if raw is None and kind == "requests":
        raw = ((container.get("resources") or {}).get("limits") or {}).get(name)
    if raw is None:
        raw = node_allocatable.get(name, "0")
    divisor = quantity(ref.get("divisor") or "1")
    value = quantity(raw) / divisor
    return str(math.ceil(value))


def _key_ref(kind: str, ref: dict, namespace: str, lookup: Lookup) -> str | None:
    obj = lookup(namespace, ref["name"])
    optional = bool(ref.get("optional"))
    if obj is None:
        if optional:
            return None
        raise ConfigError(f'{kind.lower()} "{ref["name"]}" not found')
    if kind == "Secret":
        raw = (obj.get("data") or {}).get(ref["key"])
        val = base64.b64decode(raw).decode(errors="replace") if raw is not None else None
    else:
        val = (obj.get("data") or {}).get(ref["key"])
    if val is None:
        if optional:
            return None
        raise ConfigError(f"couldn't find key {ref['key']} in {kind} {namespace}/{ref['name']}")
    return val


def resolve(pod: dict, container: dict, configmaps: Lookup, secrets: Lookup,
            node_allocatable: dict | None = None) -> dict[str, str]:
    """The container's environment (without the image's own), in the kubelet's order:
    envFrom first, then env, each later definition winning."""
    ns = pod["metadata"]["namespace"]
    env: dict[str, str] = {}
    for src in container.get("envFrom") or []:
        prefix = src.get("prefix", "")
        for kind, key, lookup in (("ConfigMap", "configMapRef", configmaps), ("Secret", "secretRef", secrets)):
            ref = src.get(key)
            if not ref:
                continue
            obj = lookup(ns, ref["name"])
            if obj is None:
                if ref.get("optional"):
                    continue
                raise ConfigError(f'{kind.lower()} "{ref["name"]}" not found')
            for k, v in (obj.get("data") or {}).items():
                env[prefix + k] = base64.b64decode(v).decode(errors="replace") if kind == "Secret" else v
    for var in container.get("env") or []:
        name, vf = var["name"], var.get("valueFrom")
        if vf is None:
            env[name] = expand(var.get("value", ""), env)
            continue
        if "secretKeyRef" in vf:
            val = _key_ref("Secret", vf["secretKeyRef"], ns, secrets)
        elif "configMapKeyRef" in vf:
            val = _key_ref("ConfigMap", vf["configMapKeyRef"], ns, configmaps)
        elif "fieldRef" in vf:
            val = field_value(pod, vf["fieldRef"]["fieldPath"])
        elif "resourceFieldRef" in vf:
            val = resource_value(container, vf["resourceFieldRef"], node_allocatable or {})
        else:
            raise ConfigError(f"env {name}: unsupported valueFrom {sorted(vf)}")
        if val is not None:
            env[name] = val
    return env
