"""actorgraph: a graph of geopolitical actors and their relations, from documents and events.

>>> import actorgraph
>>> actorgraph.__version__
'0.1.0'
"""

__version__ = "0.1.0"
