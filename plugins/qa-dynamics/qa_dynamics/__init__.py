"""qa-dynamics: what the commercial suites score from timings, as qa_core rule types.

``dynamics.silence`` (dead air), ``dynamics.interruptions`` (the agent talking over
the customer), ``dynamics.talk_share`` (the agent's share of talk time) and
``dynamics.holds`` (long, unannounced or too many holds). Every one of them is ``na``
for an interaction without turn timings (chat, email), never a guess.
"""

__version__ = "0.1.0"
