"""The Service -> backend mapping, host ports, hosts files and the endpoints list."""

from __future__ import annotations

from llmops.devcluster.dataplane import services
from llmops.devcluster.dataplane.services import PodView


def _svc(name, ns="demo", selector=None, ports=None, ip="10.96.0.10", owner=("LLMDeployment", None)):
    md = {"name": name, "namespace": ns}
    if owner:
        md["ownerReferences"] = [{"kind": owner[0], "name": owner[1] or name, "controller": True}]
    return {"metadata": md, "spec": {"clusterIP": ip, "selector": selector or {"llmops.dev/deployment": name},
                                     "ports": ports or [{"name": "http", "port": 8080, "targetPort": "http"}]}}


def _pod(name, dep, ip, ready=True, ns="demo", port=8080):
    return PodView(ns, name, {"llmops.dev/deployment": dep}, ip, ready, {"http": port, "engine": 8000})


def test_a_service_balances_over_the_ready_pods_its_selector_picks():
    pods = [_pod("a-1", "a", "10.244.0.1"), _pod("a-2", "a", "10.244.0.2", ready=False),
            _pod("a-3", "a", "10.244.0.3"), _pod("b-1", "b", "10.244.0.4"),
            _pod("a-x", "a", "10.244.0.5", ns="other")]
    [r] = services.routes([_svc("a")], pods)
    assert r.key == "demo/a:8080" and r.cluster_ip == "10.96.0.10"
    assert r.backends == (("10.244.0.1", 8080), ("10.244.0.3", 8080))
    assert (r.owner_kind, r.owner_name) == ("LLMDeployment", "a")


def test_named_and_numeric_target_ports_and_skipped_services():
    pods = [_pod("a-1", "a", "10.244.0.1", port=9090)]
    svc = _svc("a", ports=[{"port": 80, "targetPort": "http"}, {"port": 81, "targetPort": 8000},
                           {"port": 82, "targetPort": "nope"}, {"port": 53, "protocol": "UDP"}])
    by_port = {r.port: r.backends for r in services.routes([svc], pods)}
    assert by_port == {80: (("10.244.0.1", 9090),), 81: (("10.244.0.1", 8000),), 82: ()}
    headless = _svc("h", ip="None")
    no_selector = _svc("n")
    no_selector["spec"].pop("selector")
    assert services.routes([headless, no_selector], pods) == []


def test_host_ports_are_stable_per_key_distinct_and_move_on_collision():
    alloc = services.PortAllocator(lo=20000, hi=20010)
    ports = {k: alloc.get(k) for k in (f"ns/s{i}:8080" for i in range(10))}
    assert len(set(ports.values())) == 10 and all(20000 <= p < 20010 for p in ports.values())
    assert alloc.get("ns/s3:8080") == ports["ns/s3:8080"]
    again = services.PortAllocator(alloc.by_key, lo=20000, hi=20010)  # restored from ports.json
    assert again.get("ns/s7:8080") == ports["ns/s7:8080"]
    alloc.release("ns/s0:8080")
    moved = alloc.refuse("ns/s1:8080")  # its port was taken by another program
    assert moved == ports["ns/s0:8080"]  # the only free one left
    assert ports["ns/s1:8080"] not in alloc.by_key.values()


def test_the_default_range_is_below_the_ephemeral_range():
    lo, hi = services.HOST_PORT_RANGE
    assert 1024 < lo < hi <= 32768


def test_hosts_file_names_services_like_cluster_dns():
    text = services.hosts_file("10.244.0.7", "a-1", "demo", [("demo", "a", "10.96.0.10"), ("other", "b", "10.96.0.11")])
    lines = text.splitlines()
    assert "10.244.0.7\ta-1" in lines and "127.0.0.1\tlocalhost" in lines
    assert "10.96.0.10\ta.demo.svc.cluster.local a.demo.svc a.demo a" in lines
    assert "10.96.0.11\tb.other.svc.cluster.local b.other.svc b.other" in lines  # no short name across namespaces


def test_endpoints_list_llmdeployments_and_routers_only():
    routes = services.routes([_svc("a"), _svc("r-router", owner=("RoutingPolicy", "r")), _svc("plain", owner=None)],
                             [_pod("a-1", "a", "10.244.0.1")])
    ports = {"demo/a:8080": 21000, "demo/r-router:8080": 21001, "demo/plain:8080": 21002}
    assert services.endpoints(routes, ports) == [
        {"namespace": "demo", "kind": "LLMDeployment", "name": "a", "url": "http://127.0.0.1:21000/v1"},
        {"namespace": "demo", "kind": "RoutingPolicy", "name": "r", "url": "http://127.0.0.1:21001/v1"},
    ]
