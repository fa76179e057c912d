"""Sample articles for the command line suite, written for it.

Each is a str; escapes spell out the characters that matter (curly quotes,
zero-width joiners, combining marks, control characters) so that nothing
depends on an editor's handling of invisible characters.
"""

# Curly quotes, apostrophes and dashes, a quoted speaker and reported speech.
CURLY_QUOTES = (
    "\u201cWe will not close the harbour,\u201d said Tomas Varga, the port\u2019s "
    "director, on Tuesday. \u201cThe boats need it \u2014 all of them.\u201d\n\n"
    "Varga told reporters that repairs would start \u2018within weeks\u2019 and "
    "finish by June 2025. Critics\u2019 groups said the plan was \u201ctoo little, "
    "too late\u201d and asked for a vote next month.\n"
)

# Chinese and Japanese text beside English, full-width punctuation.
CJK = (
    "\u5e02\u653f\u5e9c\u306f\u6708\u66dc\u65e5\u306b\u65b0\u3057\u3044\u6a4b\u3092"
    "\u958b\u901a\u3057\u305f\u3002\u300c\u5b89\u5168\u304c\u7b2c\u4e00\u3060\u300d"
    "\u3068\u5e02\u9577\u306f\u8ff0\u3079\u305f\u3002\n"
    "\u5317\u4eac\u5e02\u4eca\u5929\u4e0b\u96e8\u3002The bridge in \u6771\u4eac "
    "opened on 3 March 2024, officials said.\n"
)

# Emoji: ZWJ families and professions, skin tones, flags, keycaps, variation selectors.
EMOJI = (
    "The team \U0001F469\u200D\U0001F52C\U0001F468\U0001F3FD\u200D\U0001F4BB won "
    "the prize \U0001F3C6 on Friday! Fans \U0001F468\u200D\U0001F469\u200D\U0001F467"
    "\u200D\U0001F466 waved flags \U0001F1EB\U0001F1F7\U0001F1EF\U0001F1F5 and "
    "hearts \u2764\uFE0F.\n"
    "Press 1\uFE0F\u20E3 to vote \U0001F44D\U0001F3FF. \u201cIt was wild \U0001F92F,\u201d "
    "said Lena Okafor.\n"
)

# Combining marks: decomposed accents, stacked diacritics, Devanagari, Hangul jamo.
COMBINING = (
    "Jose\u0301 Marti\u0301nez visited the cafe\u0301 in Ha\u0300 No\u0323\u0302i "
    "last week. Z\u0351\u0301a\u0300l\u0303g\u0304o text stays whole.\n"
    "\u0928\u092e\u0938\u094d\u0924\u0947 \u0926\u0941\u0928\u093f\u092f\u093e and "
    "\u1112\u1161\u11ab\u1100\u1173\u11af are greetings, \u201csaid in 2023,\u201d "
    "the teacher said.\n"
)

# Control characters, tabs, CRLF line ends, a form feed, DEL and a BOM-like mark.
CONTROL = (
    "Officials met on Monday.\tTabs\tseparate\tthese\twords.\r\n"
    "A bell\x07 and an escape\x1b[0m appear here; a form feed\x0c too.\r\n"
    "\x01Start of heading, vertical tab\x0b, delete\x7f, and \ufeffzero width no-break.\r\n"
    "\u201cControl yourself,\u201d said the clerk.\r\n"
)


def long_sentence():
    """One sentence of several thousand words with dates, commas and quotes, no full stop until the end."""
    parts = []
    for i in range(600):
        parts.append("the committee heard witness number %d, who said on "
                     "March %d, 2023 that \u201cfunds were %s\u201d" % (
                         i + 1, i % 28 + 1, "missing" if i % 2 else "late"))
    return "On Friday " + ", and ".join(parts) + ".\n"


ARTICLES = {
    "curly_quotes.txt": CURLY_QUOTES,
    "cjk.txt": CJK,
    "emoji.txt": EMOJI,
    "combining.txt": COMBINING,
    "control.txt": CONTROL,
    "long_sentence.txt": long_sentence(),
}
