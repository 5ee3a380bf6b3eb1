"""qa-script: script adherence rule types for qa_core.

``script.phrase`` (a required phrase), ``script.forbidden`` (phrases that must not be
said) and ``script.order`` (one criterion's evidence before another's).
"""

__version__ = "0.1.0"
