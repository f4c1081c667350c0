"""Views of a build: RDF serialisations, the network (GraphML, GEXF, stats) and the HTML page."""
