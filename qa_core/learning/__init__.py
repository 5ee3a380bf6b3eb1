"""Learning a rule type's verdict from people's labels (``qa learn``, contract section 9).

A rule type that can learn names a feature set (``RuleType.learns``) and computes it
(``RuleType.learning_features``); the core owns the rest, the same for every rule type:
reading labelled examples, fitting and cross-validating one small linear model, the
model file's format and its hash, and exporting evaluators' verdicts from the store.
"""
