"""Finding sensitive data: one shared analysis pass, overlap resolution, redaction."""
