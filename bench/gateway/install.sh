#!/usr/bin/env bash
# Installs what the gateway benchmark needs on a fresh machine (Debian, as root):
#   nginx (the zero-delay upstream, and the plain reverse proxy floor), wrk (load generator),
#   LiteLLM proxy in its own venv (not a project dependency), py-spy/pyinstrument (profiling),
#   uvloop (the gateway uses it when installed).
set -euo pipefail
# 1.108.0: the newest 1.108 whose [proxy] extra resolves on PyPI (1.108.14 pins an unpublished extras build)
LITELLM_VERSION="${LITELLM_VERSION:-1.108.0}"
LITELLM_VENV="${LITELLM_VENV:-/tmp/litellm-venv}"

if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
  apt-get update
  apt-get install -y nginx wrk
fi
if [ ! -x "$LITELLM_VENV/bin/litellm" ]; then
  python3 -m venv "$LITELLM_VENV"
  "$LITELLM_VENV/bin/pip" install -q "litellm[proxy]==$LITELLM_VERSION"
fi
python3 -m pip install -q py-spy pyinstrument uvloop
python3 -m pip install -q -e "$(dirname "$0")/../.."
echo "bench tools ready: $(nginx -v 2>&1), $(wrk -v 2>&1 | head -1), litellm $LITELLM_VERSION in $LITELLM_VENV"
