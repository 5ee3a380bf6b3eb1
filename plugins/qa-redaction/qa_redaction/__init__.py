"""qa-redaction: rule types over the redaction findings of whichever plugins find them."""

__version__ = "0.1.0"
