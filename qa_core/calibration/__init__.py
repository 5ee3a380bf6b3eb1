"""Calibration: how far people agree with each other, and the machine with them.

``ratings`` reads a ratings CSV, ``agreement`` computes the statistics the contract
names (with ``icc`` for the Shrout & Fleiss forms), and ``machine`` puts a ruleset's
own results beside the people's as rater ``qa``.
"""
