"""How large an input may be: every reader, importer and the model keep these.

A file past a limit is refused with one line that names the file, the line or field and
the limit (exit 2), before it can cost minutes or gigabytes. The numbers are far above
any real contact: a ten-hour call at 160 words a minute is 96,000 words. The README's
"Limits" paragraph lists them for operators.
"""

from __future__ import annotations

# One turn's text, in characters. The longest real turns are pasted emails and
# documents (tens of thousands of characters); 100,000 characters is about 16,000
# words, over an hour and a half of one person talking. Recognisers and rules work turn
# by turn, so this bounds the memory and time one turn can take in analysis.
MAX_TURN_CHARS = 100_000

# Turns in one interaction: a ten-hour call with a new turn every two seconds.
MAX_TURNS = 20_000

# Words (with times) in one interaction, all turns together: 2.5 times the ten-hour call.
MAX_WORDS = 250_000

# A time in seconds (start_s, end_s, duration_s and word times): ten years, longer than
# any message thread, so every sum of times stays a finite number.
MAX_SECONDS = 315_360_000

# Metadata: keys per interaction, characters in a key and in a string value.
MAX_METADATA_KEYS = 1_000
MAX_METADATA_KEY_CHARS = 200
MAX_METADATA_VALUE_CHARS = 10_000

# A language tag (BCP 47 tags in use are under 35 characters) and a started_at value.
MAX_LANGUAGE_CHARS = 64
MAX_DATETIME_CHARS = 64

# A file read whole (.json and every importer's format) or one .jsonl line, in bytes.
# A .jsonl file streams, a line at a time, so it has no size limit of its own.
MAX_FILE_BYTES = 64 * 1024 * 1024

# JSON values in one such file or line (counted as the commas, '[' and '{' in it, a
# little over the true count). Decoding costs memory by value, not by byte: 64 MB of
# '[],' would take gigabytes as Python objects; four million take a few hundred MB.
MAX_JSON_ITEMS = 4_000_000

# Rows in one CSV file. Rows of one chat may lie anywhere in the file, so an importer
# holds them all before it builds a chat: this bounds that memory.
MAX_CSV_ROWS = 1_000_000

# Digits in a JSON integer: a 64-bit integer has at most 19. Longer numbers belong in
# strings (and past 4,300 digits Python refuses to read them at all).
MAX_INT_DIGITS = 20

# A ruleset file (qa_core/ruleset/bounded_yaml.py says why these numbers): its size, read
# no further; and its values, scalar characters and nesting, counted with aliases expanded.
MAX_RULESET_BYTES = 512 * 1024
MAX_RULESET_NODES = 50_000
MAX_RULESET_TEXT_CHARS = 2 * 1024 * 1024
MAX_RULESET_DEPTH = 64
