/*
 * utf8.h: UTF-8 decoding and the character classes the tokenizer needs.
 *
 * ASCII is classified from a table; every other code point goes through
 * ICU, so letters, digits, case, punctuation, symbols and emoji are right
 * in every script.
 */
#ifndef PA_UTF8_H
#define PA_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Character class bits. */
enum
{
	PA_CC_SPACE = 1 << 0,		/* white space other than newline */
	PA_CC_NEWLINE = 1 << 1,		/* \n, \r, U+2028, U+2029, U+0085 */
	PA_CC_LETTER = 1 << 2,		/* any letter or combining mark */
	PA_CC_UPPER = 1 << 3,		/* upper or title case letter */
	PA_CC_LOWER = 1 << 4,		/* lower case letter */
	PA_CC_DIGIT = 1 << 5,		/* decimal digit in any script */
	PA_CC_PUNCT = 1 << 6,		/* punctuation */
	PA_CC_SYMBOL = 1 << 7,		/* math, currency, modifier and other symbols */
	PA_CC_EMOJI = 1 << 8,		/* Extended_Pictographic, regional indicators */
	PA_CC_EMOJI_PART = 1 << 9,	/* ZWJ, variation selectors, skin tones, tags */
	PA_CC_CONTROL = 1 << 10,	/* other control and format characters */
	PA_CC_NOSPACE_SCRIPT = 1 << 11	/* Han, Hiragana, Katakana, Thai...: words without spaces */
};

/* Multi-byte part of pa_utf8_decode. */
int32_t		pa_utf8_decode_multibyte(const char *text, size_t len, size_t *pos);

/*
 * Decodes the code point at text[*pos], advancing *pos past it.  Returns -1
 * (and advances one byte) on an ill-formed sequence: overlong forms,
 * surrogates, code points above U+10FFFF and truncated sequences.  ASCII is
 * decoded inline: it is most of the text of English news.
 */
static inline int32_t
pa_utf8_decode(const char *text, size_t len, size_t *pos)
{
	unsigned char c = (unsigned char) text[*pos];

	if (c < 0x80)
	{
		*pos += 1;
		return (int32_t) c;
	}
	return pa_utf8_decode_multibyte(text, len, pos);
}

/*
 * Checks that text is well-formed UTF-8 without NUL bytes.  Returns 1 when
 * it is; otherwise 0 with the offset of the first bad byte in *bad_offset.
 */
int			pa_utf8_validate(const char *text, size_t len, size_t *bad_offset);

/* Number of code points in well-formed UTF-8. */
size_t		pa_utf8_count_chars(const char *text, size_t len);

/* A mask selecting the first n (1..7) bytes of a word loaded with memcpy. */
static inline uint64_t
pa_utf8_low_bytes_mask(size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return ~UINT64_C(0) << (64 - 8 * n);
#else
	return ~UINT64_C(0) >> (64 - 8 * n);
#endif
}

/* Continuation bytes (10xxxxxx) in an 8-byte word: one per byte, summed by a multiply. */
static inline size_t
pa_utf8_word_continuations(uint64_t word)
{
	word = word & ~(word << 1) & UINT64_C(0x8080808080808080);
	return (size_t) (((word >> 7) * UINT64_C(0x0101010101010101)) >> 56);
}

/*
 * Continuation bytes in text[from, to), where text holds len bytes: eight
 * at a time, and a short tail with one load when the text extends past it.
 * Code points in the span are (to - from) minus this.
 */
static inline size_t
pa_utf8_count_continuations(const char *text, size_t from, size_t to, size_t len)
{
	size_t		count = 0;
	uint64_t	word;

	for (; from + 8 <= to; from += 8)
	{
		memcpy(&word, text + from, 8);
		count += pa_utf8_word_continuations(word);
	}
	if (from < to)
	{
		if (from + 8 <= len)
		{
			/* one load; the bytes past the span are masked off */
			memcpy(&word, text + from, 8);
			count += pa_utf8_word_continuations(word & pa_utf8_low_bytes_mask(to - from));
		}
		else
			for (; from < to; from++)
				count += ((unsigned char) text[from] & 0xC0) == 0x80;
	}
	return count;
}

/* Classes of the ASCII range, indexed by code point. */
extern const unsigned short pa_ascii_class[128];

/* Classes of code points beyond ASCII (through ICU). */
unsigned	pa_char_class_unicode(int32_t cp);

/* The PA_CC_* bits of a code point; -1 (an ill-formed byte) counts as a symbol. */
static inline unsigned
pa_char_class(int32_t cp)
{
	if (cp >= 0 && cp < 128)
		return pa_ascii_class[cp];
	return pa_char_class_unicode(cp);
}

/* Simple lower-case mapping of a code point (ICU u_tolower). */
int32_t		pa_char_lower(int32_t cp);

#endif							/* PA_UTF8_H */
