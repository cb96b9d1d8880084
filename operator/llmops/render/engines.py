"""Per-engine defaults: image, arguments, health endpoints, volumes, the way a user of that
engine would set them up by hand. Pure data in, container fragments out."""

from __future__ import annotations

from dataclasses import dataclass, field

from llmops.api.llmdeployment import EngineType, LLMDeploymentSpec

MODEL_DIR = "/models"
CACHE_DIR = "/cache"
UPSTREAM_API_KEY_ENV = "LLMOPS_UPSTREAM_API_KEY"

DEFAULT_IMAGES = {
    EngineType.VLLM: "vllm/vllm-openai:v0.11.0",
    EngineType.TGI: "ghcr.io/huggingface/text-generation-inference:3.3.6",
    EngineType.LLAMA_CPP: "ghcr.io/ggml-org/llama.cpp:server-cuda",
    EngineType.OLLAMA: "ollama/ollama:0.12.6",
}
HEALTH_PATHS = {
    EngineType.VLLM: "/health",
    EngineType.TGI: "/health",
    EngineType.LLAMA_CPP: "/health",
    EngineType.OLLAMA: "/",
}
# Engines whose images run fine as an arbitrary non-root user with writable cache dirs.
NON_ROOT_ENGINES = {EngineType.VLLM, EngineType.TGI, EngineType.LLAMA_CPP, EngineType.OLLAMA}


@dataclass
class ModelSource:
    """How the engine reaches the weights: an id it downloads itself, or a local path."""

    engine_ref: str                        # what to pass to the engine (repo id or local path)
    volumes: list[dict] = field(default_factory=list)
    mounts: list[dict] = field(default_factory=list)
    init_containers: list[dict] = field(default_factory=list)


def model_source(uri: str, mount: str = MODEL_DIR, volume: str = "model") -> ModelSource:
    """hf:// -> repo id; pvc://claim/path -> mounted claim; oci:// -> image volume;
    s3:// and gs:// -> copied into an emptyDir by an init container; ollama:// -> model tag.
    Adapters use the same rules with their own mount point and volume name."""
    scheme, _, rest = uri.partition("://")
    if scheme in ("hf", "ollama"):
        return ModelSource(engine_ref=rest)
    read_only = [{"name": volume, "mountPath": mount, "readOnly": True}]
    if scheme == "pvc":
        claim, _, sub = rest.partition("/")
        return ModelSource(
            engine_ref=f"{mount}/{sub}".rstrip("/"),
            volumes=[{"name": volume, "persistentVolumeClaim": {"claimName": claim, "readOnly": True}}],
            mounts=read_only,
        )
    if scheme == "oci":
        return ModelSource(
            engine_ref=mount,
            volumes=[{"name": volume, "image": {"reference": rest, "pullPolicy": "IfNotPresent"}}],
            mounts=read_only,
        )
    if scheme in ("s3", "gs"):
        image, cmd = (("amazon/aws-cli:2.31.0", ["aws", "s3", "sync", uri, mount]) if scheme == "s3"
                      else ("google/cloud-sdk:slim", ["gcloud", "storage", "cp", "-r", f"{uri}/*", mount]))
        writable = [{"name": volume, "mountPath": mount}]
        return ModelSource(
            engine_ref=mount,
            volumes=[{"name": volume, "emptyDir": {}}],
            mounts=writable,
            init_containers=[{"name": f"{volume}-loader", "image": image, "command": cmd, "volumeMounts": writable,
                              "securityContext": restricted_security_context(run_as_user=1000)}],
        )
    raise ValueError(f"unsupported model URI scheme {scheme!r} in {uri!r}")


def adapter_source(adapter) -> ModelSource:
    return model_source(adapter.uri, mount=f"/adapters/{adapter.name}", volume=f"adapter-{adapter.name}")


def restricted_security_context(run_as_user: int | None = None) -> dict:
    """The container part of the restricted Pod Security profile."""
    ctx: dict = {
        "allowPrivilegeEscalation": False,
        "capabilities": {"drop": ["ALL"]},
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    if run_as_user is not None:
        ctx.update(runAsNonRoot=True, runAsUser=run_as_user, runAsGroup=run_as_user)
    return ctx


def served_name(spec: LLMDeploymentSpec, default: str) -> str:
    return spec.model.name or default


def engine_args(spec: LLMDeploymentSpec, name: str, src: ModelSource) -> list[str]:
    t, port, served = spec.engine.type, spec.engine.port, served_name(spec, name)
    if t == EngineType.VLLM:
        args = ["--model", src.engine_ref, "--served-model-name", served, "--host", "0.0.0.0",
                "--port", str(port), "--download-dir", f"{CACHE_DIR}/hf"]
        if spec.resources and spec.resources.gpu and spec.resources.gpu.count > 1:
            args += ["--tensor-parallel-size", str(spec.resources.gpu.count)]
        if spec.model.adapters:
            args += ["--enable-lora", "--lora-modules",
                     *[f"{a.name}={adapter_source(a).engine_ref}" for a in spec.model.adapters]]
        return args
    if t == EngineType.TGI:
        args = ["--model-id", src.engine_ref, "--hostname", "0.0.0.0", "--port", str(port)]
        if spec.model.adapters:
            args += ["--lora-adapters", ",".join(f"{a.name}={adapter_source(a).engine_ref}"
                                                 for a in spec.model.adapters)]
        return args
    if t == EngineType.LLAMA_CPP:
        key = "--hf-repo" if spec.model.uri and spec.model.uri.startswith("hf://") else "--model"
        return [key, src.engine_ref, "--alias", served, "--host", "0.0.0.0", "--port", str(port)]
    return []  # Ollama is configured by env; Custom takes only the user's args


def engine_env(spec: LLMDeploymentSpec) -> list[dict]:
    t = spec.engine.type
    env: list[dict] = [{"name": "HOME", "value": CACHE_DIR}]
    if t in (EngineType.VLLM, EngineType.TGI, EngineType.LLAMA_CPP):
        env += [{"name": "HF_HOME", "value": f"{CACHE_DIR}/hf"}]
    if t == EngineType.OLLAMA:
        env += [{"name": "OLLAMA_HOST", "value": f"0.0.0.0:{spec.engine.port}"},
                {"name": "OLLAMA_MODELS", "value": f"{CACHE_DIR}/ollama"}]
    return env


def probes(spec: LLMDeploymentSpec) -> dict:
    """Readiness and liveness on the engine's health endpoint; a long startup probe because
    loading weights takes minutes. Custom engines get a TCP check on their port."""
    t, port = spec.engine.type, spec.engine.port
    check = ({"httpGet": {"path": HEALTH_PATHS[t], "port": port}} if t in HEALTH_PATHS
             else {"tcpSocket": {"port": port}})
    return {
        "startupProbe": {**check, "periodSeconds": 10, "failureThreshold": 180},
        "readinessProbe": {**check, "periodSeconds": 5, "failureThreshold": 3},
        "livenessProbe": {**check, "periodSeconds": 15, "failureThreshold": 4},
    }


def ollama_pull_hook(spec: LLMDeploymentSpec, src: ModelSource) -> dict | None:
    """Ollama downloads a model through its own server: pull it once the server is up."""
    if spec.engine.type != EngineType.OLLAMA:
        return None
    return {"postStart": {"exec": {"command": ["/bin/sh", "-c",
                                               f"until ollama list >/dev/null 2>&1; do sleep 1; done; "
                                               f"ollama pull {src.engine_ref}"]}}}
