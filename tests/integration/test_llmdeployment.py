"""The LLMDeployment controller against the real control plane with simulated GPU nodes."""

from __future__ import annotations

import signal
import threading
import time

from kubernetes import client, watch

from helpers import (GROUP, VERSION, apply, condition, events_for, get_llmd, is_ready, llmd, wait_for)
from operator_proc import start_operator


def apps(cluster):
    return client.AppsV1Api(cluster.api_client)


def core(cluster):
    return client.CoreV1Api(cluster.api_client)


def test_apply_creates_children_and_becomes_ready(cluster, namespace, operator):
    apply(cluster, namespace, llmd("support-llm", replicas=2, pricing={"inputPerMillionTokens": "0.15"}))
    r = cluster.kubectl("wait", "--for=condition=Ready", "llmdeployment/support-llm", "-n", namespace,
                        "--timeout=90s", check=False)
    assert r.returncode == 0, r.stderr

    dep = apps(cluster).read_namespaced_deployment("support-llm", namespace)
    svc = core(cluster).read_namespaced_service("support-llm", namespace)
    cm = core(cluster).read_namespaced_config_map("support-llm-gateway", namespace)
    obj = get_llmd(cluster, namespace, "support-llm")
    for child in (dep, svc, cm):
        labels = child.metadata.labels
        assert labels["app.kubernetes.io/managed-by"] == "llmops-operator"
        assert labels["llmops.dev/deployment"] == "support-llm"
        assert child.metadata.owner_references[0].uid == obj["metadata"]["uid"]
        assert {m.manager for m in child.metadata.managed_fields} >= {"llmops-operator"}
    containers = {c.name: c for c in dep.spec.template.spec.containers}
    assert set(containers) == {"engine", "gateway"}
    assert containers["engine"].resources.limits["nvidia.com/gpu"] == "1"
    assert svc.spec.ports[0].port == 8080 and svc.spec.selector == {"llmops.dev/deployment": "support-llm"}
    assert "inputPerMillionTokens: '0.15'" in cm.data["gateway.yaml"]

    st = obj["status"]
    assert st["readyReplicas"] == 2 and st["replicas"] == 2 and st["phase"] == "Ready"
    assert st["observedGeneration"] == obj["metadata"]["generation"]
    assert st["endpoint"] == f"http://support-llm.{namespace}.svc.cluster.local:8080/v1"
    assert st["gatewayConfigHash"] == cm.metadata.annotations["llmops.dev/config-hash"]
    for t in ("Ready", "Reconciling", "Stalled", "Available"):
        assert condition(obj, t)["observedGeneration"] == obj["metadata"]["generation"]
    table = cluster.kubectl("get", "llmd", "support-llm", "-n", namespace).stdout
    assert "MODEL" in table and "ENGINE" in table and "2/2" in table and "vLLM" in table
    assert not [e for e in events_for(cluster, namespace, "support-llm") if e["type"] == "Warning"]


def test_scale_up_and_down(cluster, namespace, operator):
    apply(cluster, namespace, llmd("scaler", replicas=1))
    wait_for(lambda: is_ready(cluster, namespace, "scaler"), what="Ready")
    policy = client.PolicyV1Api(cluster.api_client)
    assert not policy.list_namespaced_pod_disruption_budget(namespace).items
    apply(cluster, namespace, llmd("scaler", replicas=3))
    wait_for(lambda: get_llmd(cluster, namespace, "scaler").get("status", {}).get("readyReplicas") == 3
             and is_ready(cluster, namespace, "scaler"), what="3 ready replicas")
    assert [p.metadata.name for p in policy.list_namespaced_pod_disruption_budget(namespace).items] == ["scaler"]
    apply(cluster, namespace, llmd("scaler", replicas=1))
    wait_for(lambda: get_llmd(cluster, namespace, "scaler").get("status", {}).get("replicas") == 1
             and is_ready(cluster, namespace, "scaler"), what="scaled down to 1")
    wait_for(lambda: not policy.list_namespaced_pod_disruption_budget(namespace).items, what="PDB removed")


def _record_statuses(cluster, namespace, name, stop: threading.Event, seen: list):
    w = watch.Watch()
    api = client.CustomObjectsApi(cluster.api_client)
    for ev in w.stream(api.list_namespaced_custom_object, GROUP, VERSION, namespace, "llmdeployments",
                       field_selector=f"metadata.name={name}", timeout_seconds=60):
        seen.append(ev["object"].get("status") or {})
        if stop.is_set():
            w.stop()


def test_image_change_rolls_pods_and_reports_reconciling(cluster, namespace, operator):
    apply(cluster, namespace, llmd("roller", replicas=2))
    wait_for(lambda: is_ready(cluster, namespace, "roller"), what="Ready")
    old_pods = {p.metadata.name for p in core(cluster).list_namespaced_pod(namespace).items}
    seen: list = []
    stop = threading.Event()
    t = threading.Thread(target=_record_statuses, args=(cluster, namespace, "roller", stop, seen), daemon=True)
    t.start()
    apply(cluster, namespace, llmd("roller", replicas=2, engine={"type": "vLLM", "image": "vllm/vllm-openai:v0.12.0"}))
    gen = get_llmd(cluster, namespace, "roller")["metadata"]["generation"]
    wait_for(lambda: get_llmd(cluster, namespace, "roller").get("status", {}).get("observedGeneration") == gen
             and is_ready(cluster, namespace, "roller"), what="Ready after the rollout")
    stop.set()
    reconciling = [next(c for c in s["conditions"] if c["type"] == "Reconciling") for s in seen if s.get("conditions")]
    assert any(c["status"] == "True" and c["reason"] == "RollingUpdate" for c in reconciling), reconciling
    pods = core(cluster).list_namespaced_pod(namespace, label_selector="llmops.dev/deployment=roller").items
    running = [p for p in pods if not p.metadata.deletion_timestamp]
    assert {c.image for p in running for c in p.spec.containers if c.name == "engine"} == {"vllm/vllm-openai:v0.12.0"}
    assert not ({p.metadata.name for p in running} & old_pods)


def test_pricing_change_updates_only_the_config_map(cluster, namespace, operator):
    apply(cluster, namespace, llmd("priced", pricing={"inputPerMillionTokens": "0.15"}))
    wait_for(lambda: is_ready(cluster, namespace, "priced"), what="Ready")
    dep_before = apps(cluster).read_namespaced_deployment("priced", namespace)
    pods_before = {p.metadata.name for p in core(cluster).list_namespaced_pod(namespace).items}
    hash_before = get_llmd(cluster, namespace, "priced")["status"]["gatewayConfigHash"]
    apply(cluster, namespace, llmd("priced", pricing={"inputPerMillionTokens": "0.30"}))
    wait_for(lambda: "inputPerMillionTokens: '0.30'" in
             core(cluster).read_namespaced_config_map("priced-gateway", namespace).data["gateway.yaml"],
             what="ConfigMap updated")
    wait_for(lambda: get_llmd(cluster, namespace, "priced")["status"]["gatewayConfigHash"] != hash_before,
             what="status.gatewayConfigHash updated")
    dep_after = apps(cluster).read_namespaced_deployment("priced", namespace)
    assert dep_after.metadata.generation == dep_before.metadata.generation
    assert {p.metadata.name for p in core(cluster).list_namespaced_pod(namespace).items} == pods_before


def test_gpus_beyond_capacity_are_reported_as_unschedulable(cluster, namespace, operator):
    apply(cluster, namespace, llmd("too-big", resources={"gpu": {"count": 16}}))

    def unschedulable():
        c = condition(get_llmd(cluster, namespace, "too-big"), "Ready")
        return c if c and c["reason"] == "Unschedulable" else None

    c = wait_for(unschedulable, what="Ready=False Unschedulable")
    assert c["status"] == "False" and "nvidia.com/gpu" in c["message"]
    obj = get_llmd(cluster, namespace, "too-big")
    assert condition(obj, "Stalled")["status"] == "True" and obj["status"]["phase"] == "Pending"
    wait_for(lambda: any(e["reason"] == "Unschedulable" and e["type"] == "Warning"
                         for e in events_for(cluster, namespace, "too-big")), what="Warning event")


def test_children_are_repaired(cluster, namespace, operator):
    apply(cluster, namespace, llmd("repair", replicas=2))
    wait_for(lambda: is_ready(cluster, namespace, "repair"), what="Ready")
    old_uid = core(cluster).read_namespaced_service("repair", namespace).metadata.uid
    core(cluster).delete_namespaced_service("repair", namespace)
    wait_for(lambda: _uid(lambda: core(cluster).read_namespaced_service("repair", namespace)) not in (None, old_uid),
             what="Service recreated")
    # someone edits a field the operator owns
    cluster.kubectl("scale", "deployment/repair", "--replicas=5", "-n", namespace)
    wait_for(lambda: apps(cluster).read_namespaced_deployment("repair", namespace).spec.replicas == 2,
             what="replicas restored")
    cluster.kubectl("set", "image", "deployment/repair", "engine=evil/image:1", "-n", namespace)
    wait_for(lambda: {c.name: c.image for c in apps(cluster).read_namespaced_deployment(
        "repair", namespace).spec.template.spec.containers}["engine"].startswith("vllm/"), what="image restored")
    wait_for(lambda: any(e["reason"] == "DriftCorrected" for e in events_for(cluster, namespace, "repair")),
             what="DriftCorrected event")


def _uid(read):
    try:
        return read().metadata.uid
    except client.ApiException:
        return None


def test_deleting_the_llmdeployment_garbage_collects_children(cluster, namespace, operator):
    apply(cluster, namespace, llmd("gone"))
    wait_for(lambda: is_ready(cluster, namespace, "gone"), what="Ready")
    cluster.kubectl("delete", "llmd", "gone", "-n", namespace, "--wait=true")
    wait_for(lambda: _uid(lambda: apps(cluster).read_namespaced_deployment("gone", namespace)) is None, what="GC")
    wait_for(lambda: _uid(lambda: core(cluster).read_namespaced_service("gone", namespace)) is None, what="GC")
    wait_for(lambda: _uid(lambda: core(cluster).read_namespaced_config_map("gone-gateway", namespace)) is None,
             what="GC")


def test_a_foreign_object_with_a_child_name_is_never_overwritten(cluster, namespace, operator):
    core(cluster).create_namespaced_config_map(namespace, {"metadata": {"name": "taken-gateway"},
                                                           "data": {"mine": "keep me"}})
    apply(cluster, namespace, llmd("taken"))

    def conflict():
        c = condition(get_llmd(cluster, namespace, "taken"), "Ready")
        return c if c and c["reason"] == "ChildConflict" else None

    c = wait_for(conflict, what="ChildConflict")
    assert "ConfigMap 'taken-gateway'" in c["message"]
    assert condition(get_llmd(cluster, namespace, "taken"), "Stalled")["status"] == "True"
    assert core(cluster).read_namespaced_config_map("taken-gateway", namespace).data == {"mine": "keep me"}
    wait_for(lambda: any(e["reason"] == "ChildConflict" for e in events_for(cluster, namespace, "taken")),
             what="ChildConflict event")


def test_unresolved_reference_then_resolved(cluster, namespace, operator):
    spec = dict(pricing={"inputPerMillionTokens": "1"},
                budget={"limit": "100", "action": "Fallback", "fallbackTo": {"name": "small"}})
    apply(cluster, namespace, llmd("big", **spec))

    def not_found():
        c = condition(get_llmd(cluster, namespace, "big"), "Ready")
        return c if c and c["reason"] == "ReferenceNotFound" else None

    c = wait_for(not_found, what="ReferenceNotFound")
    assert "fallbackTo" in c["message"] and "small" in c["message"]
    apply(cluster, namespace, llmd("small"))
    wait_for(lambda: is_ready(cluster, namespace, "big"), what="Ready once the reference exists")
    events = events_for(cluster, namespace, "big")
    assert [e["reason"] for e in events if e["type"] == "Warning"] == ["ReferenceNotFound"]
    wait_for(lambda: any(e["reason"] == "Ready" and e["type"] == "Normal"
                         for e in events_for(cluster, namespace, "big")), what="recovery event")
    # breaking it again folds into the same Event (count 2), not a new object per flap
    cluster.kubectl("delete", "llmd", "small", "-n", namespace)
    wait_for(not_found, what="ReferenceNotFound again")

    def folded():
        warnings = [e for e in events_for(cluster, namespace, "big") if e["reason"] == "ReferenceNotFound"]
        return warnings if len(warnings) == 1 and warnings[0].get("count") == 2 else None

    wait_for(folded, what="one ReferenceNotFound Event with count 2")


def test_external_provider_runs_the_gateway_alone(cluster, namespace, operator):
    core(cluster).create_namespaced_secret(namespace, {"metadata": {"name": "openai"},
                                                       "stringData": {"apiKey": "sk-test"}})
    apply(cluster, namespace, llmd("ext", model={"name": "gpt-4o-mini"}, engine={"type": "External"},
                                   resources=None,
                                   external={"baseURL": "https://api.openai.com/v1",
                                             "apiKeySecretRef": {"name": "openai", "key": "apiKey"}}))
    wait_for(lambda: is_ready(cluster, namespace, "ext"), what="Ready")
    pod = apps(cluster).read_namespaced_deployment("ext", namespace).spec.template.spec
    assert [c.name for c in pod.containers] == ["gateway"]
    assert pod.containers[0].env[0].value_from.secret_key_ref.name == "openai"


def test_restart_mid_way_converges_without_duplicates(cluster, namespace, crds, tmp_path):
    op = start_operator(cluster.kubeconfig, [namespace], tmp_path)
    names = [f"r{i}" for i in range(5)]
    apply(cluster, namespace, *[llmd(n) for n in names])
    wait_for(lambda: apps(cluster).list_namespaced_deployment(namespace).items, what="first child")
    op.stop(signal.SIGKILL)
    op = start_operator(cluster.kubeconfig, [namespace], tmp_path)
    try:
        wait_for(lambda: all(is_ready(cluster, namespace, n) for n in names), timeout=90, what="all Ready")
        assert sorted(d.metadata.name for d in apps(cluster).list_namespaced_deployment(namespace).items) == names
        assert len(core(cluster).list_namespaced_service(namespace).items) == 5
        cms = [c.metadata.name for c in core(cluster).list_namespaced_config_map(namespace).items
               if c.metadata.name.endswith("-gateway")]
        assert sorted(cms) == [f"{n}-gateway" for n in names]
        for n in names:
            assert get_llmd(cluster, namespace, n)["status"]["readyReplicas"] == 1
    finally:
        op.stop()


def test_idle_resync_writes_nothing(cluster, namespace, crds, tmp_path):
    resync = 4.0
    op = start_operator(cluster.kubeconfig, [namespace], tmp_path, resync=resync)
    try:
        names = [f"idle-{i}" for i in range(20)]
        # no GPUs: 20 replicas would not fit the 16 simulated GPUs
        apply(cluster, namespace, *[llmd(n, resources=None) for n in names])
        wait_for(lambda: all(is_ready(cluster, namespace, n) for n in names), timeout=120, what="20 Ready")
        # let the tail of creation settle (last status echoes), then measure two full resyncs
        wait_for(lambda: _stable(op), timeout=30, interval=0.5, what="operator idle")
        writes, reconciles = op.writes(), op.reconciles()
        time.sleep(2 * resync + 1)
        assert op.reconciles() >= reconciles + 20, "the resync did not run"
        assert op.writes() == writes, op.writes_by_verb()
    finally:
        op.stop()


def _stable(op) -> bool:
    before = op.writes()
    time.sleep(1.5)
    return op.writes() == before


def test_switching_on_autoscaling_keeps_the_running_replicas(cluster, namespace, operator):
    apply(cluster, namespace, llmd("auto", replicas=3, resources=None))
    wait_for(lambda: get_llmd(cluster, namespace, "auto").get("status", {}).get("readyReplicas") == 3
             and is_ready(cluster, namespace, "auto"), what="3 ready replicas")
    apply(cluster, namespace, llmd("auto", replicas=3, resources=None,
                                   autoscaling={"minReplicas": 1, "maxReplicas": 4, "target": "8"}))
    gen = get_llmd(cluster, namespace, "auto")["metadata"]["generation"]
    autoscaling = client.AutoscalingV2Api(cluster.api_client)
    wait_for(lambda: _uid(lambda: autoscaling.read_namespaced_horizontal_pod_autoscaler("auto", namespace)),
             what="HPA created")
    wait_for(lambda: get_llmd(cluster, namespace, "auto").get("status", {}).get("observedGeneration") == gen,
             what="the change observed")
    # Without a hand-over the API server would drop spec.replicas (our field) and the Deployment
    # would fall to 1 replica; the HPA (no metrics here) would not bring it back.
    assert apps(cluster).read_namespaced_deployment("auto", namespace).spec.replicas == 3


def test_a_restart_over_converged_objects_writes_nothing(cluster, namespace, crds, tmp_path):
    """The primed cache must compare equal to what the operator renders: a restart (a rollout of
    the operator, a leader change) re-applies nothing when nothing changed."""
    names = [f"c{i:02d}" for i in range(20)]
    op = start_operator(cluster.kubeconfig, [namespace], tmp_path)
    try:
        apply(cluster, namespace, *[llmd(n, resources=None) for n in names])
        wait_for(lambda: all(is_ready(cluster, namespace, n) for n in names), timeout=120, what="all Ready")
    finally:
        op.stop()
    op = start_operator(cluster.kubeconfig, [namespace], tmp_path)
    try:
        wait_for(lambda: op.reconciles() >= len(names), timeout=60, what="every object reconciled after the restart")
        time.sleep(2)
        writes = {k: v for k, v in op.writes_by_verb().items() if k.split()[0] in ("POST", "PUT", "PATCH", "DELETE")}
        assert writes == {}
    finally:
        op.stop()
