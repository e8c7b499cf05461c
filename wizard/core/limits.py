"""Every limit dlready puts on what it reads, declared once.

The command line, the window, the brief and the README's test read these names; nothing else
holds a number of its own. Each limit is far above what a real assessment or logo reaches and
far below what would take the program minutes or gigabytes.
"""

from __future__ import annotations

# An assessment file: every question with a note of 100,000 characters, every one
# a four-byte character, is under 10 MB; a real one is a few kilobytes.
MAX_FILE_BYTES = 16 * 1024 * 1024
# Objects and arrays inside one another. An assessment is 2 deep; unknown fields a later
# version adds get room to spare.
MAX_NESTING = 32
# Digits in one JSON integer (Python itself refuses more than 4,300).
MAX_INT_DIGITS = 100

# A logo: the file, and the pixels decoded from it (a 24-megapixel camera picture fits;
# a 13,000 x 13,000 "image bomb" that decodes to gigabytes does not).
MAX_LOGO_BYTES = 20 * 1024 * 1024
MAX_LOGO_PIXELS = 25_000_000
# Checked by content (the first bytes), never by the file's name; Pillow opens a logo with
# only these plugins, so no other decoder (EPS would start Ghostscript) is ever loaded.
LOGO_FORMATS = ("PNG", "JPEG")

# A note longer than this is printed in the brief up to here, and the brief says where it was
# cut; the window and the file keep every character.
MAX_PRINTED_NOTE = 200_000
