# The two commands of the README. Each one installs what it needs on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: up down test unit venv crds

$(BIN)/llmops: pyproject.toml
	@echo ">> creating $(VENV) and installing llmops-operator with test extras"
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@$(BIN)/pip install -q --upgrade pip
	@$(BIN)/pip install -q -e '.[test]'
	@touch $(BIN)/llmops

venv: $(BIN)/llmops

## the main job: a local cluster, the CRDs, the operator and the examples, ending in a status table
up: venv
	$(BIN)/llmops dev up

down: venv
	$(BIN)/llmops dev down

## the whole test suite: builds the control plane when missing, then unit + integration + e2e
test: venv
	$(BIN)/llmops dev cluster build
	$(BIN)/python -m pytest tests

unit: venv
	$(BIN)/python -m pytest tests/unit

crds: venv
	$(BIN)/llmops crds
