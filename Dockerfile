# One image, three entry points: `llmops operator`, `llmops gateway`, and the dev commands.
# Build: `make image` (docker, podman or buildah). tests/integration/test_wheel.py builds the same
# wheel from the same files, installs it into a clean venv and starts both entry points.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY operator/ operator/
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
LABEL org.opencontainers.image.title="llmops-operator" \
      org.opencontainers.image.description="Kubernetes operator and gateway for running LLMs in production" \
      org.opencontainers.image.licenses="Apache-2.0"
# Unbuffered logs; no .pyc writes (the chart mounts the root filesystem read-only).
ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["llmops"]
