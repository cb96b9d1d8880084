"""llmops-operator: run LLMs in production on Kubernetes, declaratively."""

__version__ = "0.1.0"
