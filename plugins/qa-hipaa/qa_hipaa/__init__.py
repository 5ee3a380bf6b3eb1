"""qa-hipaa: the HIPAA Safe Harbor identifiers that occur in conversations.

Names (NER, conversational patterns, spelled letter by letter, and every later mention),
dates of birth and service dates, phone and fax numbers, e-mail addresses (also "john
dot smith at example dot com"), SSNs (full, spoken, "last four"), street addresses and
ZIP codes, medical record numbers, member and health plan IDs, account numbers, IPs,
URLs and licence, vehicle and device numbers. Lower-case, unpunctuated ASR text works.
"""

__version__ = "0.1.0"
