"""factcheck: checkable claims from Hindi news, kept in a ledger, compared across sources."""

__version__ = "0.1.0"
