from llmops.controller.store import Store


def obj(name, rv, ns="a", labels=None, **extra):
    md = {"name": name, "namespace": ns, "resourceVersion": str(rv), "managedFields": [{"manager": "x"}]}
    if labels:
        md["labels"] = labels
    return {"metadata": md, **extra}


def test_older_versions_never_replace_newer_ones():
    s = Store()
    assert s.upsert("Deployment", obj("d", 10, spec={"replicas": 2}))
    assert not s.upsert("Deployment", obj("d", 9, spec={"replicas": 1}))  # the late echo of an older write
    assert not s.upsert("Deployment", obj("d", 10, spec={"replicas": 2}))  # the echo of the same version
    assert s.get("Deployment", "a", "d")["spec"] == {"replicas": 2}
    assert s.upsert("Deployment", obj("d", 11, spec={"replicas": 3}))
    assert s.get("Deployment", "a", "d")["spec"] == {"replicas": 3}


def test_managed_fields_are_not_kept():
    s = Store()
    s.upsert("Service", obj("x", 1))
    assert "managedFields" not in s.get("Service", "a", "x")["metadata"]


def test_pods_are_indexed_by_their_llmdeployment():
    s = Store()
    lab = {"llmops.dev/deployment": "m"}
    s.upsert("Pod", obj("m-1", 1, labels=lab))
    s.upsert("Pod", obj("m-2", 1, labels=lab))
    s.upsert("Pod", obj("other", 1, labels={"llmops.dev/deployment": "n"}))
    assert sorted(p["metadata"]["name"] for p in s.pods_of("a", "m")) == ["m-1", "m-2"]
    s.delete("Pod", "a", "m-1")
    assert [p["metadata"]["name"] for p in s.pods_of("a", "m")] == ["m-2"]
    assert s.pods_of("b", "m") == []


def test_list_and_keys_by_kind_and_namespace():
    s = Store()
    s.upsert("LLMDeployment", obj("x", 1))
    s.upsert("LLMDeployment", obj("y", 1, ns="b"))
    s.upsert("Deployment", obj("x", 1))
    assert sorted(s.keys("LLMDeployment")) == [("a", "x"), ("b", "y")]
    assert [o["metadata"]["name"] for o in s.list("LLMDeployment", "b")] == ["y"]


def test_children_are_kept_compact_and_expand_to_the_whole_object():
    from llmops.controller.store import expand

    s = Store()
    dep = obj("d", 3, spec={"replicas": 2, "template": {"spec": {"containers": [{"name": "a"}]}}},
              status={"readyReplicas": 2})
    dep["apiVersion"], dep["kind"] = "apps/v1", "Deployment"
    s.upsert("Deployment", dep)
    held = s.get("Deployment", "a", "d")
    assert held["spec"] == {"replicas": 2} and held["status"] == {"readyReplicas": 2}
    full = expand(held)
    assert full["spec"]["template"]["spec"]["containers"] == [{"name": "a"}]
    assert "managedFields" not in full["metadata"] and full["kind"] == "Deployment"
    assert expand({"metadata": {}}) == {"metadata": {}}


def test_a_deleted_object_does_not_come_back_from_a_late_echo():
    s = Store()
    s.upsert("Service", obj("x", 5))
    s.delete("Service", "a", "x", "7")
    assert not s.upsert("Service", obj("x", 6))   # e.g. the response of a write that raced the delete
    assert s.get("Service", "a", "x") is None
    assert s.upsert("Service", obj("x", 9))       # re-created later: a newer resourceVersion
    assert s.get("Service", "a", "x") is not None


def test_a_relabelled_pod_moves_in_the_index():
    s = Store()
    s.upsert("Pod", obj("p", 1, labels={"llmops.dev/deployment": "m"}))
    s.upsert("Pod", obj("p", 2, labels={"llmops.dev/deployment": "n"}))
    assert s.pods_of("a", "m") == [] and len(s.pods_of("a", "n")) == 1
    s.upsert("Pod", obj("p", 3, labels={}))
    assert s.pods_of("a", "n") == []


def test_sync_drops_what_a_listing_no_longer_has_but_keeps_newer_objects():
    s = Store()
    s.upsert("Service", obj("kept", 5))
    s.upsert("Service", obj("gone", 6))
    s.upsert("Service", obj("new", 12))          # created after the listing's snapshot
    s.upsert("Service", obj("other-ns", 3, ns="b"))
    dropped = s.sync("Service", "a", [([obj("kept", 5)], "10")])
    assert dropped == [("Service", "a", "gone")]
    assert s.get("Service", "a", "gone") is None and s.get("Service", "a", "new") is not None
    assert s.get("Service", "b", "other-ns") is not None   # outside the listed namespace
    assert not s.upsert("Service", obj("gone", 7))         # and it does not come back from a late echo
