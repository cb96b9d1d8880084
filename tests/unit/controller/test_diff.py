from llmops.controller.diff import is_subset, owned_by


def test_fields_added_by_the_server_are_tolerated():
    want = {"spec": {"replicas": 2, "template": {"spec": {"containers": [{"name": "a", "image": "x"}]}}}}
    have = {"spec": {"replicas": 2, "progressDeadlineSeconds": 600, "template": {"spec": {
        "containers": [{"name": "a", "image": "x", "imagePullPolicy": "IfNotPresent"}]}}}}
    assert is_subset(want, have)


def test_a_changed_owned_field_is_a_difference():
    assert not is_subset({"spec": {"replicas": 2}}, {"spec": {"replicas": 3}})
    assert not is_subset({"a": {"b": 1}}, {"a": {}})


def test_named_lists_match_by_name_and_tolerate_foreign_elements():
    want = [{"name": "engine", "image": "v1"}, {"name": "gateway", "image": "g"}]
    have = [{"name": "gateway", "image": "g"}, {"name": "istio-proxy"}, {"name": "engine", "image": "v1"}]
    assert is_subset(want, have)
    have[2]["image"] = "v2"
    assert not is_subset(want, have)


def test_scalar_lists_must_be_equal():
    assert is_subset({"args": ["--a", "1"]}, {"args": ["--a", "1"]})
    assert not is_subset({"args": ["--a", "1"]}, {"args": ["--a", "1", "--b"]})
    assert not is_subset({"args": ["--a", "1"]}, {"args": ["--a", "2"]})


def test_quantities_compare_by_value():
    assert is_subset({"cpu": "0.5"}, {"cpu": "500m"})
    assert is_subset({"memory": "1Gi"}, {"memory": "1024Mi"})
    assert not is_subset({"memory": "1Gi"}, {"memory": "1G"})
    assert not is_subset({"image": "a"}, {"image": "b"})


def test_owned_by_needs_a_controller_reference_with_the_uid():
    obj = {"metadata": {"ownerReferences": [{"uid": "u1", "controller": True}]}}
    assert owned_by(obj, "u1")
    assert not owned_by(obj, "u2")
    assert not owned_by({"metadata": {"ownerReferences": [{"uid": "u1"}]}}, "u1")
    assert not owned_by({"metadata": {}}, "u1")
