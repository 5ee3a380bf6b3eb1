"""The encrypted interaction store: schema, keys, envelope encryption, audit trail."""
