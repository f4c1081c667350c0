"""Using the graph: embedded and remote triple stores, SPARQL queries and the read-only endpoint."""
