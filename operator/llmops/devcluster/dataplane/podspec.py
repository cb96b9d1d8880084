"""What the stand-in runs for a pod, read from its spec: pure functions, no I/O.

The gateway container runs as itself (`llmops gateway` with the pod's args); the engine
container is replaced by an OpenAI-compatible simulator on the engine's port, serving the model
names the pod declares. Probes, ports and mounts come from the spec unchanged.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

GATEWAY_CONTAINER = "gateway"
ENGINE_CONTAINER = "engine"
DATA_PLANE_LABEL = "llmops.dev/data-plane"
DATA_PLANE_ENABLED = "enabled"
PROJECTED_VOLUMES = ("configMap", "secret", "emptyDir")
# On a namespace: how long a changed ConfigMap/Secret takes to reach its pods, e.g. "45s" (a real
# kubelet's sync takes up to about a minute); overrides the cluster's --propagation-delay.
PROPAGATION_DELAY_ANNOTATION = "llmops.dev/config-propagation-delay"


@dataclass(frozen=True)
class Probe:
    """A readiness/liveness probe as the kubelet runs it (HTTP GET or TCP connect)."""

    kind: str            # "http" | "tcp"
    port: int
    path: str = "/"
    period: float = 10.0
    failure_threshold: int = 3
    success_threshold: int = 1
    initial_delay: float = 0.0
    timeout: float = 1.0


@dataclass(frozen=True)
class Mount:
    volume: str
    path: str
    sub_path: str = ""


@dataclass(frozen=True)
class ContainerPlan:
    name: str
    role: str            # "gateway" | "engine" | "other" (other containers are not run)
    image: str
    args: tuple[str, ...]
    ports: dict[str, int] = field(default_factory=dict)
    mounts: tuple[Mount, ...] = ()
    readiness: Probe | None = None
    liveness: Probe | None = None
    models: tuple[str, ...] = ()


def carries_gateway(pod: dict) -> bool:
    return any(c.get("name") == GATEWAY_CONTAINER for c in (pod.get("spec") or {}).get("containers") or [])


def namespace_opted_in(ns: dict) -> bool:
    return ((ns.get("metadata") or {}).get("labels") or {}).get(DATA_PLANE_LABEL) == DATA_PLANE_ENABLED


def propagation_delay(ns: dict) -> float | None:
    """The namespace's propagation delay in seconds, or None (then the cluster's applies)."""
    raw = ((ns.get("metadata") or {}).get("annotations") or {}).get(PROPAGATION_DELAY_ANNOTATION)
    if raw is None:
        return None
    text = str(raw).strip()
    try:
        if text.endswith("ms"):
            return max(0.0, float(text[:-2]) / 1000)
        if text.endswith("m"):
            return max(0.0, float(text[:-1]) * 60)
        return max(0.0, float(text.removesuffix("s")))
    except ValueError:
        return None  # unreadable: the cluster's setting


def container_ports(c: dict) -> dict[str, int]:
    return {p["name"]: int(p["containerPort"]) for p in c.get("ports") or [] if p.get("name")}


def resolve_port(port: int | str, ports: dict[str, int]) -> int:
    if isinstance(port, int) or str(port).isdigit():
        return int(port)
    if port not in ports:
        raise ValueError(f"probe port {port!r} is not a named port of the container")
    return ports[port]


def probe_of(c: dict, key: str) -> Probe | None:
    p = c.get(key)
    if not p:
        return None
    ports = container_ports(c)
    common = dict(period=float(p.get("periodSeconds", 10)), failure_threshold=int(p.get("failureThreshold", 3)),
                  success_threshold=int(p.get("successThreshold", 1)),
                  initial_delay=float(p.get("initialDelaySeconds", 0)), timeout=float(p.get("timeoutSeconds", 1)))
    if "httpGet" in p:
        g = p["httpGet"]
        return Probe("http", resolve_port(g["port"], ports), g.get("path", "/"), **common)
    if "tcpSocket" in p:
        return Probe("tcp", resolve_port(p["tcpSocket"]["port"], ports), **common)
    return None  # exec and grpc probes: nothing runs in these containers to exec into


def _flag_values(args: list[str], flag: str) -> list[str]:
    """Values after `flag` (until the next flag) and of `flag=value`."""
    out: list[str] = []
    for i, a in enumerate(args):
        if a.startswith(flag + "="):
            out.append(a.split("=", 1)[1])
        elif a == flag:
            for b in args[i + 1:]:
                if b.startswith("--"):
                    break
                out.append(b)
    return out


def served_models(c: dict, fallback: str) -> tuple[str, ...]:
    """The names the engine answers to: vLLM's --served-model-name and --lora-modules,
    llama.cpp's --alias, else the model argument, else the pod's deployment name."""
    args = [str(a) for a in c.get("args") or []]
    names = (_flag_values(args, "--served-model-name") or _flag_values(args, "--alias")
             or _flag_values(args, "--model")[:1] or _flag_values(args, "--model-id")[:1] or [fallback])
    for spec in _flag_values(args, "--lora-modules") + ",".join(_flag_values(args, "--lora-adapters")).split(","):
        if spec:
            names.append(spec.split("=", 1)[0])
    return tuple(dict.fromkeys(names))


def gateway_argv(c: dict) -> list[str]:
    """The image's entrypoint is `llmops`: run this checkout's `llmops` with the pod's args."""
    cmd = [str(x) for x in c.get("command") or []]
    if cmd and cmd[0].rsplit("/", 1)[-1] == "llmops":
        cmd = cmd[1:]
    return [sys.executable, "-m", "llmops.cli", *cmd, *[str(a) for a in c.get("args") or []]]


def plan(pod: dict) -> list[ContainerPlan]:
    spec = pod.get("spec") or {}
    fallback = ((pod.get("metadata") or {}).get("labels") or {}).get("llmops.dev/deployment") or "model"
    out = []
    for c in spec.get("containers") or []:
        name = c["name"]
        role = "gateway" if name == GATEWAY_CONTAINER else "engine" if name == ENGINE_CONTAINER else "other"
        out.append(ContainerPlan(
            name=name, role=role, image=c.get("image", ""), args=tuple(str(a) for a in c.get("args") or []),
            ports=container_ports(c),
            mounts=tuple(Mount(m["name"], m["mountPath"], m.get("subPath", "")) for m in c.get("volumeMounts") or []),
            readiness=probe_of(c, "readinessProbe"), liveness=probe_of(c, "livenessProbe"),
            models=served_models(c, fallback) if role == "engine" else (),
        ))
    return out


def engine_port(c: ContainerPlan) -> int:
    if c.ports:
        return next(iter(c.ports.values()))
    return c.readiness.port if c.readiness else 8000


def simulator_argv(kind: str, binary: str, port: int, models: tuple[str, ...]) -> list[str]:
    """The simulator's command line: llm-d-inference-sim (real vllm:* metrics) or xpyd-sim."""
    base = models[0] if models else "model"
    if kind == "llm-d-inference-sim":
        argv = [binary, "--port", str(port), "--model", base, "--force-dummy-tokenizer", "--mode", "random",
                "--time-to-first-token", "5ms", "--inter-token-latency", "1ms", "--max-model-len", "65536"]
        if len(models) > 1:
            argv += ["--lora-modules", *[f'{{"name":"{m}","path":"/adapters/{m}"}}' for m in models[1:]],
                     "--max-loras", str(len(models) - 1)]
        return argv
    return [binary, "serve", "--host", "0.0.0.0", "--port", str(port), "--model", base,
            "--prefill-delay-ms", "1", "--decode-delay-per-token-ms", "0", "--eos-min-ratio", "0.5",
            "--max-model-len", "65536"]


def volumes(pod: dict) -> dict[str, dict]:
    return {v["name"]: v for v in (pod.get("spec") or {}).get("volumes") or []}


def grace_seconds(pod: dict) -> float:
    md = pod.get("metadata") or {}
    if md.get("deletionGracePeriodSeconds") is not None:
        return float(md["deletionGracePeriodSeconds"])
    return float((pod.get("spec") or {}).get("terminationGracePeriodSeconds", 30))
