"""Budget enforcement across replicas on the real control plane with a real Prometheus: the
grants ConfigMap per pod and gateway epoch from what the processes report (pushed by remote
write as Prometheus would have scraped them), the bound, hysteresis, a killed process'
unobserved rest, and ScaleToZero with its HPA set aside and restored at the rollover."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal as D

import yaml

from helpers import apply, condition, get_llmd, llmd, wait_for
from operator_proc import start_operator

POLL = {"LLMOPS_SPEND_POLL_SECONDS": "2", "LLMOPS_SPEND_SETTLE_SECONDS": "1"}


class Process:
    """One gateway process' budget series and cost counter, pushed as a scrape would store them."""

    def __init__(self, prom, namespace, deployment, pod, epoch):
        self.prom, self.ns, self.dep, self.pod, self.epoch = prom, namespace, deployment, pod, epoch
        self.spent, self.ceiling, self.serving, self.last = 0.0, None, 1.0, 0.0

    def scrape(self):
        t = max(time.time(), self.last + 0.01)
        self.last = t
        base = {"namespace": self.ns, "deployment": self.dep, "pod": self.pod}
        series = [({**base, "__name__": "llmops_gateway_cost_total", "model": "m", "prompt_version": "",
                    "currency": "USD"}, [(t, self.spent)]),
                  ({**base, "__name__": "llmops_gateway_process_info", "epoch": self.epoch}, [(t, self.serving)]),
                  ({**base, "__name__": "llmops_gateway_budget_spent", "epoch": self.epoch}, [(t, self.spent)]),
                  ({**base, "__name__": "llmops_gateway_budget_reserved", "epoch": self.epoch}, [(t, 0.0)])]
        if self.ceiling is not None:
            series.append(({**base, "__name__": "llmops_gateway_budget_ceiling", "epoch": self.epoch},
                           [(t, float(self.ceiling))]))
        self.prom.push(series)

    def reload(self, grants):
        """As the gateway does when the file changes: enforce (and report) its own grant."""
        self.ceiling = grants.get((self.pod, self.epoch))
        self.scrape()


def pods(cluster, ns, name):
    out = cluster.kubectl("get", "pods", "-n", ns, "-l", f"llmops.dev/deployment={name}", "-o", "yaml").stdout
    return sorted(p["metadata"]["name"] for p in yaml.safe_load(out)["items"]
                  if not p["metadata"].get("deletionTimestamp") and (p.get("status") or {}).get("phase") == "Running")


def grants_cm(cluster, ns, name):
    r = cluster.kubectl("get", "configmap", f"{name}-gateway-grants", "-n", ns, "-o", "yaml", check=False)
    if r.returncode != 0:
        return None
    cm = yaml.safe_load(r.stdout)
    return yaml.safe_load(cm["data"]["grants.yaml"])


def ceilings(g):
    return {(x["pod"], x["epoch"]): D(x["ceiling"]) for x in (g or {}).get("grants") or []}


def spend_of(cluster, ns, name):
    return (get_llmd(cluster, ns, name).get("status") or {}).get("spend") or {}


def start(cluster, ns, tmp_path, prom, **env):
    return start_operator(cluster.kubeconfig, [ns], tmp_path, extra_args=(f"--prometheus-url={prom.url}",),
                          env={**POLL, **env})


def test_grants_per_process_within_the_limit_rebalanced_with_hysteresis(cluster, crds, namespace, tmp_path, prom):
    op = start(cluster, namespace, tmp_path, prom)
    try:
        apply(cluster, namespace, llmd("chat", replicas=3, pricing={"inputPerMillionTokens": "1"},
                                       budget={"limit": "10", "action": "Throttle"}))
        names = wait_for(lambda: len(p := pods(cluster, namespace, "chat")) == 3 and p, 60, what="3 running pods")
        dep = yaml.safe_load(cluster.kubectl("get", "deployment", "chat", "-n", namespace, "-o", "yaml").stdout)
        gw = next(c for c in dep["spec"]["template"]["spec"]["containers"] if c["name"] == "gateway")
        assert {"name": "POD_NAME", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.name"}}} \
            in gw["env"]
        # the grants exist before any process was seen, and give nobody anything yet
        g = wait_for(lambda: grants_cm(cluster, namespace, "chat"), 30, what="the grants ConfigMap")
        assert g["grants"] == [] and g["action"] == "Throttle" and g["exceeded"] is False and g["window"] == datetime.now(UTC).strftime("%Y-%m")

        procs = {n: Process(prom, namespace, "chat", n, f"e-{i}") for i, n in enumerate(names)}
        for p in procs.values():
            p.scrape()
        g = wait_for(lambda: len(ceilings(c := grants_cm(cluster, namespace, "chat"))) == 3 and c, 30,
                     what="a grant per process")
        cs = ceilings(g)
        assert set(cs) == {(p.pod, p.epoch) for p in procs.values()}
        assert D("9.99") < sum(cs.values()) <= D(10)
        for p in procs.values():
            p.reload(cs)

        # nothing spent, nothing rewritten over several polls, nor by a restarted operator (it
        # resumes from the grants it wrote)
        serial = g["serial"]
        time.sleep(6)
        assert grants_cm(cluster, namespace, "chat")["serial"] == serial
        op.stop()
        op = start(cluster, namespace, tmp_path, prom)
        time.sleep(6)
        assert grants_cm(cluster, namespace, "chat") == g

        # one replica is busy: it runs low and gets more; the idle ones give some back
        busy, *idle = procs.values()
        busy.spent = float(cs[(busy.pod, busy.epoch)]) * 0.9
        busy.scrape()
        g = wait_for(lambda: (c := grants_cm(cluster, namespace, "chat"))["serial"] > serial and c, 30,
                     what="a rewrite for the busy replica")
        cs2 = ceilings(g)
        held = {k: max(cs[k], cs2[k]) for k in cs}  # a lowered one counts at its old height until reloaded
        assert D(str(busy.spent)) + sum(held[k] - D(str(procs[k[0]].spent)) for k in held) <= D(10)
        assert all(cs2[(p.pod, p.epoch)] < cs[(p.pod, p.epoch)] for p in idle)
        for p in procs.values():
            p.reload(cs2)
        g = wait_for(lambda: ceilings(c := grants_cm(cluster, namespace, "chat"))[(busy.pod, busy.epoch)] >
                     cs[(busy.pod, busy.epoch)] and c, 30, what="the busy replica's grant raised")

        # a pod is killed (no last scrape): the rest of its grant counts as spent; its
        # replacement gets a grant once its process is seen
        victim = idle[0]
        lost = ceilings(g)[(victim.pod, victim.epoch)] - D(str(victim.spent))
        for p in procs.values():
            p.reload(ceilings(g))
        cluster.kubectl("delete", "pod", victim.pod, "-n", namespace, "--grace-period=0", "--force")
        new = wait_for(lambda: (n := set(pods(cluster, namespace, "chat")) - set(procs)) and n.pop(), 60,
                       what="the replacement pod")
        fresh = Process(prom, namespace, "chat", new, "e-new")
        fresh.scrape()
        g = wait_for(lambda: (new, "e-new") in ceilings(c := grants_cm(cluster, namespace, "chat")) and c, 30,
                     what="a grant for the replacement")
        # (the last report the operator saw may predate the reload: then the old, higher ceiling counts)
        heights = {lost, cs[(victim.pod, victim.epoch)], cs2[(victim.pod, victim.epoch)]}
        assert (victim.pod, victim.epoch) not in ceilings(g) and D(g["unobserved"]) in heights
        lost = D(g["unobserved"])
        s = wait_for(lambda: (s := spend_of(cluster, namespace, "chat")).get("unobserved") and s, 30,
                     what="spend.unobserved on the status")
        assert D(s["unobserved"]) == lost
        spent = sum(D(str(p.spent)) for p in procs.values())
        assert spent + lost + sum(c - (D(str(procs[k[0]].spent)) if k[0] in procs else 0)
                                  for k, c in ceilings(g).items()) <= D(10)

        # every replica spends what it is granted, round after round: the grants approach the
        # limit from below and never pass it
        live = [busy, idle[1], fresh]
        for _ in range(6):
            for p in live:
                p.reload(ceilings(g))
                p.spent = float(p.ceiling)
                p.scrape()
            total = sum(D(str(p.spent)) for p in live) + D(str(victim.spent)) + lost
            assert total <= D(10)
            if total > D("9.9"):
                break
            serial = g["serial"]  # what is left is handed out again
            g = wait_for(lambda: (c := grants_cm(cluster, namespace, "chat"))["serial"] > serial and c, 30,
                         what="a rewrite")
        assert total > D("9.9")

        # a process went past its grant (what no reservation foresaw): the limit is reached and
        # every process may spend what it has spent, nothing more
        busy.spent += 0.5
        busy.scrape()
        obj = wait_for(lambda: (o := get_llmd(cluster, namespace, "chat"))["status"].get("phase") == "BudgetExceeded"
                       and o, 30, what="BudgetExceeded")
        assert "unobserved" in condition(obj, "BudgetExceeded")["message"]

        def at_spent():
            cs = ceilings(c := grants_cm(cluster, namespace, "chat"))
            return all(cs[(p.pod, p.epoch)] == D(str(p.spent)).quantize(D("0.000001")) for p in live) and c
        g = wait_for(at_spent, 30, what="ceilings down to what each spent")
        assert len(ceilings(g)) == 3 and g["exceeded"] is True  # refusals now say: retry at the rollover
    finally:
        op.stop()


def test_scale_to_zero_sets_the_hpa_aside_and_the_rollover_restores_it(cluster, crds, namespace, tmp_path, prom):
    # Day windows on a clock offset so that today ends ~25 s from now; the replica cost alone
    # (2 replicas at 36 per hour, 0.02 per second) runs the limit of 0.1 out in ~5 s
    now = datetime.now(UTC)
    midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    op = start(cluster, namespace, tmp_path, prom,
               LLMOPS_DEV_CLOCK_OFFSET_SECONDS=str((midnight - now).total_seconds() - 25))
    try:
        auto = {"minReplicas": 2, "maxReplicas": 3, "metric": "CPUUtilization", "target": "80"}
        apply(cluster, namespace, llmd("gpu", autoscaling=auto, pricing={"replicaPerHour": "36"},
                                       budget={"limit": "0.1", "period": "Day", "action": "ScaleToZero"}))
        wait_for(lambda: len(pods(cluster, namespace, "gpu")) == 2, 60, what="2 running pods")

        def scaled():
            d = yaml.safe_load(cluster.kubectl("get", "deployment", "gpu", "-n", namespace, "-o", "yaml").stdout)
            hpa = cluster.kubectl("get", "hpa", "gpu", "-n", namespace, check=False).returncode == 0
            return d["spec"]["replicas"] == 0 and not hpa and d
        wait_for(scaled, 40, what="the Deployment at 0 and the HPA set aside")
        wait_for(lambda: pods(cluster, namespace, "gpu") == [], 60, what="no pods")
        obj = get_llmd(cluster, namespace, "gpu")
        assert obj["spec"]["autoscaling"] == auto and "replicas" not in obj["spec"] or obj["spec"]["replicas"] == 1
        assert obj["status"]["phase"] == "BudgetExceeded"
        assert "ScaleToZero until" in condition(obj, "BudgetExceeded")["message"]
        window = obj["status"]["spend"]["window"]

        # the offset clock's midnight: the HPA is back and the Deployment at its minReplicas
        def restored():
            d = yaml.safe_load(cluster.kubectl("get", "deployment", "gpu", "-n", namespace, "-o", "yaml").stdout)
            hpa = cluster.kubectl("get", "hpa", "gpu", "-n", namespace, check=False).returncode == 0
            return d["spec"]["replicas"] == 2 and hpa
        wait_for(restored, 60, what="the HPA restored and 2 replicas")
        o = wait_for(lambda: (o := get_llmd(cluster, namespace, "gpu"))["status"]["spend"]["window"] != window and o,
                     30, what="the new window")
        assert condition(o, "BudgetExceeded")["status"] == "False"
        wait_for(lambda: len(pods(cluster, namespace, "gpu")) == 2, 60, what="2 running pods again")
    finally:
        op.stop()
