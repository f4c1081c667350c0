"""kg: news articles about sanctions and diplomacy in, a trustworthy RDF knowledge graph out.

The folders follow the data, one subpackage per stage::

    ingest/      files -> articles and sentences
    extraction/  sentences -> mentions, entities, events and facts
    graph/       facts + curated triples -> named graphs; SHACL validation
    pipeline/    runs the stages over a corpus: executors, manifest, build folder
    store/       embedded and remote stores, SPARQL, the read-only endpoint
    views/       RDF formats, the network, the HTML page

>>> import kg
>>> kg.__version__
'0.2.0'
"""

__version__ = "0.2.0"
