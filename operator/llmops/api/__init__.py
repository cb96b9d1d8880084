"""The llmops.dev/v1alpha1 API: pydantic models of the four kinds and the CRD generator.

Modules: meta (shared types), llmdeployment, promptversion, routingpolicy, guardrailpolicy,
registry (the kinds and their CRD names and columns), conditions (metav1-style condition
helpers), crdgen (`llmops crds`). Nothing is imported here, so that importing one model
does not load the others; import from the modules.
"""
