"""Quote extraction and attribution: who said what, with which verb, to which outlet."""

from dateline.quotes.stage import QuoteStage

__all__ = ["QuoteStage"]
