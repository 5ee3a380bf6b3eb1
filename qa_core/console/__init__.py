"""The review console (``qa serve``, contract section 8): accounts and roles, the
scorecards behind them, disputes, and an audited unredacted view, over the same store."""
