# The two commands of the README. Each one installs what it needs on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: up down test unit venv crds image wheel

# The image the chart runs by default: ghcr.io/llmops-dev/llmops-operator:<the chart's appVersion>.
IMAGE ?= ghcr.io/llmops-dev/llmops-operator
TAG ?= $(shell sed -n 's/^appVersion: *"\{0,1\}\([^"]*\)"\{0,1\}/\1/p' charts/llmops-operator/Chart.yaml)
# The first engine that is installed and answers (a docker CLI without its daemon does not).
ENGINE ?= $(shell for e in docker podman buildah; do $$e info >/dev/null 2>&1 && echo $$e && break; done)

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

## the container image (docker, podman or buildah, whichever is installed): IMAGE=... TAG=... to rename it
image:
	@test -n "$(ENGINE)" || { echo "make image: no working docker, podman or buildah on this machine; build on one that has one (the wheel alone: make wheel)"; exit 1; }
	@echo ">> building $(IMAGE):$(TAG) with $(ENGINE)"
	$(ENGINE) build -t $(IMAGE):$(TAG) .

## the Python wheel the image installs, into dist/
wheel: venv
	$(BIN)/pip wheel --no-deps -w dist .
