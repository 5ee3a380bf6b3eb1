"""Recordings: silence what redaction found, prove what was silenced, keep audio sealed.

``intervals`` turns findings' times into the sample ranges to mute, ``muting`` streams a
recording through in blocks with those ranges zeroed, ``certificate`` describes (and signs)
the result so a released file can be checked with the public key alone.
"""
