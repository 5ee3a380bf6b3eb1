"""qa-pci: find payment card data in what people say and speech recognisers write.

Card numbers (Luhn, brand lengths and IIN ranges), also read in pieces across turns or
read back by the agent; CVV/CVC/CID, expiry dates and bank account/routing numbers
when the conversation makes them so. Order numbers, amounts, dates and phone numbers
are left alone.
"""

__version__ = "0.1.0"
