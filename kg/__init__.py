"""kg: news articles about sanctions and diplomacy in, a trustworthy RDF knowledge graph out.

The pipeline, one module per stage (see ``kg.pipeline``)::

    ingest -> extract -> resolve -> assemble -> validate -> export / store / visualise

>>> import kg
>>> kg.__version__
'0.1.0'
"""

__version__ = "0.1.0"
