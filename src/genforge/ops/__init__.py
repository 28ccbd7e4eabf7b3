"""MLOps: the model registry (versions, aliases, lineage over a content-addressed store),
the evaluation suite and promotion gates."""
