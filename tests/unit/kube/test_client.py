from llmops.kube.client import _resource_of, path_for


def test_paths_of_the_kinds_the_operator_writes():
    assert path_for("apps/v1", "Deployment", "ns", "x") == "/apis/apps/v1/namespaces/ns/deployments/x"
    assert path_for("v1", "ConfigMap", "ns") == "/api/v1/namespaces/ns/configmaps"
    assert (path_for("llmops.dev/v1alpha1", "LLMDeployment", "ns", "m", "status")
            == "/apis/llmops.dev/v1alpha1/namespaces/ns/llmdeployments/m/status")


def test_request_metric_labels_are_bounded_resource_names():
    assert _resource_of("https://127.0.0.1:6443/apis/apps/v1/namespaces/a/deployments/x?fieldManager=y") == "deployments"
    assert _resource_of("https://h/apis/llmops.dev/v1alpha1/namespaces/a/llmdeployments/m/status") == "llmdeployments/status"
    assert _resource_of("https://h/api/v1/namespaces/a/events") == "events"
    assert _resource_of("https://h/api/v1/pods?limit=100") == "pods"
