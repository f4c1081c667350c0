"""Stage 3, graph: extractions and curated facts -> RDF quads in named graphs, validated with SHACL."""
