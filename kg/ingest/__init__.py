"""Stage 1, ingest: article files (.txt, .html) -> :class:`kg.model.Article` with sentences."""
