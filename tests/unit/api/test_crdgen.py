"""The generated CRDs are structural, documented, and carry the names, columns and rules."""

from __future__ import annotations

import pytest

from llmops.api.crdgen import SchemaError, crd_manifest, main, structural_schema, to_yaml
from llmops.api.registry import KINDS, kind_named

CRDS = {kind.kind: crd_manifest(kind) for kind in KINDS}


def _schema(kind: str) -> dict:
    return CRDS[kind]["spec"]["versions"][0]["schema"]["openAPIV3Schema"]


def _walk(node: dict, path: str = ""):
    """Every schema node with its path."""
    yield path, node
    for name, sub in node.get("properties", {}).items():
        yield from _walk(sub, f"{path}.{name}")
    if isinstance(node.get("additionalProperties"), dict):
        yield from _walk(node["additionalProperties"], f"{path}{{}}")
    if "items" in node:
        yield from _walk(node["items"], f"{path}[]")


def _all_nodes():
    for kind in CRDS:
        for path, node in _walk(_schema(kind)):
            yield f"{kind}{path}", node


def _at(kind: str, path: str) -> dict:
    node = _schema(kind)
    for part in path.split("."):
        node = node["items"] if part == "[]" else node["properties"][part]
    return node


def test_every_node_is_typed_or_explicitly_int_or_string_or_free_form():
    for path, node in _all_nodes():
        if node.get("x-kubernetes-int-or-string"):
            assert "type" not in node and node["anyOf"] == [{"type": "integer"}, {"type": "string"}], path
        elif node.get("x-kubernetes-preserve-unknown-fields"):
            assert node.get("type") == "object", path
        else:
            assert node.get("type") in {"object", "array", "string", "integer", "number", "boolean"}, path


def test_no_json_schema_constructs_the_api_server_rejects():
    forbidden = {"$ref", "$defs", "allOf", "oneOf", "not", "const", "title", "exclusiveMinimum", "uniqueItems"}
    for path, node in _all_nodes():
        assert not forbidden & node.keys(), (path, forbidden & node.keys())
        assert not ("properties" in node and "additionalProperties" in node), path
        if "anyOf" in node:
            assert node.get("x-kubernetes-int-or-string"), path


def test_every_property_has_a_description():
    missing = [
        path
        for path, node in _all_nodes()
        if not path.endswith(("[]", "{}", ".metadata")) and not node.get("description")
    ]
    assert missing == []


def test_metadata_is_only_typed():
    """Anything else on metadata (even a description) makes the API server refuse the CRD."""
    for kind in CRDS:
        assert _schema(kind)["properties"]["metadata"] == {"type": "object"}


def test_preserve_unknown_fields_only_where_content_is_free_form():
    preserved = sorted(path for path, node in _all_nodes() if node.get("x-kubernetes-preserve-unknown-fields"))
    assert preserved == [
        "GuardrailPolicy.spec.output.jsonSchema",
        "LLMDeployment.spec.scheduling.affinity",
    ]


def test_defaults_from_the_design():
    assert _at("LLMDeployment", "spec.engine.port")["default"] == 8000
    assert _at("LLMDeployment", "spec.gateway.port")["default"] == 8080
    assert _at("LLMDeployment", "spec.replicas")["default"] == 1
    assert _at("LLMDeployment", "spec.budget.period")["default"] == "Month"
    assert _at("LLMDeployment", "spec.budget.timeZone")["default"] == "UTC"
    assert _at("LLMDeployment", "spec.budget.warnAtPercent")["default"] == 80
    assert _at("LLMDeployment", "spec.gateway.audit.bodies")["default"] == "Redacted"
    assert _at("PromptVersion", "spec.release.strategy")["default"] == "Canary"
    assert _at("RoutingPolicy", "spec.strategy")["default"] == "Weighted"
    assert _at("GuardrailPolicy", "spec.mode")["default"] == "Enforce"


def test_optional_fields_have_no_null_default():
    assert all(node.get("default", ...) is not None for _, node in _all_nodes())


def test_enums_are_upper_camel_case_strings():
    assert _at("LLMDeployment", "spec.engine.type")["enum"] == ["vLLM", "TGI", "LlamaCpp", "Ollama", "External", "Custom"]
    assert _at("LLMDeployment", "spec.budget.action")["enum"] == ["Alert", "Throttle", "Fallback", "ScaleToZero"]
    assert _at("LLMDeployment", "status.phase")["enum"] == [
        "Pending", "Progressing", "Ready", "Degraded", "BudgetExceeded", "Failed",
    ]  # fmt: skip
    assert _at("GuardrailPolicy", "spec.input.pii.entities.[]")["enum"] == [
        "Email", "Phone", "CreditCard", "SSN", "IBAN", "IPAddress",
    ]  # fmt: skip
    for path, node in _all_nodes():
        if "enum" in node and "role" not in path:  # chat roles are OpenAI's lowercase values
            assert node["type"] == "string", path
            assert all(v[0].isupper() or v == "vLLM" for v in node["enum"]), path


def test_names_short_names_categories_subresource():
    for kind in KINDS:
        spec = CRDS[kind.kind]["spec"]
        assert CRDS[kind.kind]["metadata"]["name"] == f"{kind.plural}.llmops.dev"
        assert spec["group"] == "llmops.dev" and spec["scope"] == "Namespaced"
        assert spec["names"]["categories"] == ["llmops"]
        assert spec["versions"][0]["name"] == "v1alpha1"
        expected = {"status": {}}
        if kind.kind == "LLMDeployment":
            expected["scale"] = {"specReplicasPath": ".spec.replicas", "statusReplicasPath": ".status.replicas",
                                 "labelSelectorPath": ".status.selector"}
        assert spec["versions"][0]["subresources"] == expected
    assert {k.kind: k.short_names for k in KINDS} == {
        "LLMDeployment": ("llmd",),
        "PromptVersion": ("pver",),
        "RoutingPolicy": ("rp",),
        "GuardrailPolicy": ("gp",),
    }


def _columns(kind: str) -> list[str]:
    return [c["name"].upper() for c in CRDS[kind]["spec"]["versions"][0]["additionalPrinterColumns"] if "priority" not in c]


def test_printer_columns():
    assert _columns("LLMDeployment") == ["MODEL", "ENGINE", "READY", "PROMPT", "SPEND%", "STATUS", "AGE"]
    assert _columns("PromptVersion") == ["PROMPT", "STRATEGY", "PHASE", "WEIGHT", "AGE"]
    assert _columns("RoutingPolicy") == ["MODEL", "STRATEGY", "READY", "TARGETS", "AGE", "ENDPOINT"]  # issue 8
    assert _columns("GuardrailPolicy") == ["MODE", "READY", "AGE"]


def test_printer_column_paths_exist_in_the_schema():
    for kind in CRDS:
        for column in CRDS[kind]["spec"]["versions"][0]["additionalPrinterColumns"]:
            path = column["jsonPath"].split("[?")[0].lstrip(".")
            if path == "metadata.creationTimestamp":
                continue
            _at(kind, path)  # KeyError when a column points at nothing


def _rules(kind: str, path: str) -> list[str]:
    node = _schema(kind) if path == "" else _at(kind, path)
    return [r["rule"] for r in node.get("x-kubernetes-validations", [])]


def test_cel_rules_present():
    assert any("has(self.external)" in r for r in _rules("LLMDeployment", "spec"))
    assert any("fallbackTo" in r for r in _rules("LLMDeployment", "spec.budget"))
    assert any("matches" in r for r in _rules("LLMDeployment", "spec.budget.limit"))
    assert any("isSorted" in r for r in _rules("PromptVersion", "spec.release.steps"))
    assert _rules("PromptVersion", "spec.template")[-1] == "self == oldSelf"
    assert any("findAll" in r and "in self.variables" in r for r in _rules("PromptVersion", "spec.template"))
    assert any("oldSelf.replicas" in r and "has(self.autoscaling)" in r for r in _rules("LLMDeployment", "spec"))
    assert any("t.weight > 0" in r for r in _rules("RoutingPolicy", "spec.targets"))
    assert any("t.weight > 0" in r for r in _rules("RoutingPolicy", "spec.rules.[].targets"))
    assert any("metadata.name" in r for r in _rules("LLMDeployment", ""))


def test_every_cel_message_names_a_field():
    for path, node in _all_nodes():
        for rule in node.get("x-kubernetes-validations", []):
            assert rule["message"] and ("spec." in rule["message"] or ":" in rule["message"]), (path, rule)
            assert rule.get("reason", "FieldValueInvalid") in {
                "FieldValueInvalid", "FieldValueRequired", "FieldValueForbidden", "FieldValueDuplicate",
            }  # fmt: skip


def test_lists_and_strings_under_cel_rules_are_bounded():
    """The API server estimates each rule's cost from maxItems/maxLength and refuses a CRD whose
    rules could be too expensive: a rule over a list or string needs bounds, and `self == oldSelf`
    needs them on everything it compares."""
    for kind in CRDS:
        for path, node in _walk(_schema(kind)):
            for rule in node.get("x-kubernetes-validations", []):
                if node.get("type") == "array":
                    assert "maxItems" in node, (kind, path)
                if node.get("type") == "string":
                    assert "maxLength" in node, (kind, path)
                if rule["rule"] == "self == oldSelf":
                    for sub_path, sub in _walk(node, path):
                        if sub.get("type") == "array":
                            assert "maxItems" in sub, (kind, sub_path)
                        if sub.get("type") == "object" and "additionalProperties" in sub:
                            assert "maxProperties" in sub, (kind, sub_path)
                        if sub.get("type") == "string" and "enum" not in sub:
                            assert "maxLength" in sub, (kind, sub_path)


def test_weights_and_replicas_bounds():
    assert (_at("RoutingPolicy", "spec.targets.[].weight")["minimum"], _at("RoutingPolicy", "spec.targets.[].weight")["maximum"]) == (0, 100)
    step_weight = _at("PromptVersion", "spec.release.steps.[].weight")
    assert (step_weight["minimum"], step_weight["maximum"]) == (1, 99)
    assert _at("LLMDeployment", "spec.replicas")["minimum"] == 0


def test_conditions_are_a_map_list_keyed_by_type():
    for kind in CRDS:
        conditions = _at(kind, "status.conditions")
        assert conditions["x-kubernetes-list-type"] == "map"
        assert conditions["x-kubernetes-list-map-keys"] == ["type"]
        assert set(conditions["items"]["required"]) >= {"type", "status", "reason", "lastTransitionTime"}


def test_unsupported_construct_is_refused():
    with pytest.raises(SchemaError):
        structural_schema({"anyOf": [{"type": "string"}, {"type": "integer"}]}, {})
    with pytest.raises(SchemaError):
        structural_schema({"type": "integer", "exclusiveMinimum": 0}, {})
    with pytest.raises(SchemaError):
        structural_schema({"description": "no type"}, {})


def test_yaml_is_deterministic_and_has_no_anchors():
    first = to_yaml(crd_manifest(kind_named("LLMDeployment")))
    assert first == to_yaml(crd_manifest(kind_named("LLMDeployment")))
    assert "&id" not in first and "*id" not in first
    assert first.startswith("# Generated by `llmops crds`")


def test_main_writes_and_checks(tmp_path, capsys):
    assert main(["--root", str(tmp_path), "--check"]) == 1
    assert "stale:" in capsys.readouterr().err
    assert main(["--root", str(tmp_path)]) == 0
    assert main(["--root", str(tmp_path), "--check"]) == 0
    chart_copy = tmp_path / "charts/llmops-operator/crds/promptversions.llmops.dev.yaml"
    chart_copy.write_text(chart_copy.read_text() + "# edited\n")
    assert main(["--root", str(tmp_path), "--check"]) == 1
    assert "charts/llmops-operator/crds/promptversions.llmops.dev.yaml" in capsys.readouterr().err


def test_scale_paths_exist_in_the_schema():
    """kubectl scale and an HPA read and write these paths: each must be a field of the CRD."""
    for kind in KINDS:
        if kind.scale is None:
            continue
        assert _at(kind.kind, "spec.replicas")["type"] == "integer"
        assert _at(kind.kind, "status.replicas")["type"] == "integer"
        assert _at(kind.kind, "status.selector")["type"] == "string"
        for path in (kind.scale.spec_replicas_path, kind.scale.status_replicas_path, kind.scale.label_selector_path):
            _at(kind.kind, path.lstrip("."))


def test_print_writes_every_crd_as_one_stream(capsys):
    import yaml

    assert main(["print"]) == 0
    docs = list(yaml.safe_load_all(capsys.readouterr().out))
    assert [d["metadata"]["name"] for d in docs] == [k.crd_name for k in KINDS]
    assert docs == [crd_manifest(k) for k in KINDS]


def test_apply_without_kubectl_says_what_to_do(capsys):
    assert main(["apply", "--kubectl", "/nonexistent/kubectl"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "llmops crds print | kubectl apply --server-side" in err
