"""Reports: stored results → figures → Jinja2 pages, with JSON and CSV beside them.

``source`` streams what is stored, ``snippets`` turns evidence into redacted text,
``figures`` holds the arithmetic, ``output`` writes files, ``render`` finds templates,
and one module per report (``scorecards``, ``coaching``, ``audit``) puts them together.
"""
