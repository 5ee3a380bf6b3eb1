"""qa-empathy: the agent's empathic moves, and their dismissive opposite, as rule types.

``empathy.markers`` counts empathic moves (acknowledging or validating a feeling,
apologising with ownership, reassuring, reflecting what the customer said), with
``when: customer_negative`` ``na`` for a customer who never sounds negative;
``empathy.dismissive`` fails on dismissive moves ("calm down", "like I said").
"""

__version__ = "0.1.0"
