"""The ruleset language (contract section 4): load, validate, identify, find, test."""
