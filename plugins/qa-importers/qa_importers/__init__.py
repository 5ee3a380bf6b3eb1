"""qa-importers: read what contact-centre platforms export into qa_core interactions."""

__version__ = "0.1.0"
