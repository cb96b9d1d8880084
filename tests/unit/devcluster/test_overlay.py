from llmops.devcluster.overlay import STAND_IN_LABEL, dev_overlay

EXTERNAL = {"apiVersion": "llmops.dev/v1alpha1", "kind": "LLMDeployment", "metadata": {"name": "gpt-4o-mini"},
            "spec": {"model": {"name": "gpt-4o-mini"}, "engine": {"type": "External"},
                     "external": {"baseURL": "https://api.openai.com/v1", "apiKeySecretRef": {"name": "k", "key": "k"}}}}
SELF_HOSTED = {"apiVersion": "llmops.dev/v1alpha1", "kind": "LLMDeployment", "metadata": {"name": "support"},
               "spec": {"engine": {"type": "vLLM"}}}


def test_an_external_provider_is_replaced_by_a_local_stand_in_created_first():
    out = dev_overlay([("a.yaml", SELF_HOSTED), ("b.yaml", EXTERNAL)], "demo")
    (_, stand), (_, support), (_, external) = out
    assert stand["metadata"]["name"] == "gpt-4o-mini-provider" and stand["metadata"]["labels"] == {STAND_IN_LABEL: "true"}
    assert stand["spec"]["model"]["name"] == "gpt-4o-mini" and stand["spec"]["engine"]["type"] == "vLLM"
    assert external["spec"]["external"]["baseURL"] == "http://gpt-4o-mini-provider.demo.svc.cluster.local:8080/v1"
    assert "api.openai.com" in external["metadata"]["annotations"]["llmops.dev/dev-overlay"]
    assert support is SELF_HOSTED
    assert EXTERNAL["spec"]["external"]["baseURL"] == "https://api.openai.com/v1"   # the example is not modified


def test_a_provider_already_inside_the_cluster_is_left_alone():
    inside = {**EXTERNAL, "spec": {**EXTERNAL["spec"], "external": {"baseURL": "http://x.demo.svc.cluster.local:80/v1"}}}
    assert dev_overlay([("b.yaml", inside)], "demo") == [("b.yaml", inside)]
