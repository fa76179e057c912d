/*
 * utf8.c: UTF-8 decoding and character classes (ASCII table, ICU beyond).
 */
#include "utf8.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <unicode/uchar.h>
#include <unicode/uscript.h>

/* Decodes one code point of two to four bytes; -1 on any ill-formed sequence (RFC 3629). */
int32_t
pa_utf8_decode_multibyte(const char *text, size_t len, size_t *pos)
{
	const unsigned char *s = (const unsigned char *) text + *pos;
	size_t		avail = len - *pos;
	unsigned	c = s[0];
	int32_t		cp;
	size_t		need;
	int32_t		min;

	if (c >= 0xC2 && c <= 0xDF)
	{
		need = 2;
		cp = c & 0x1F;
		min = 0x80;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		need = 3;
		cp = c & 0x0F;
		min = 0x800;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		need = 4;
		cp = c & 0x07;
		min = 0x10000;
	}
	else
	{
		*pos += 1;
		return -1;
	}
	if (avail < need)
	{
		*pos += 1;
		return -1;
	}
	for (size_t i = 1; i < need; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
		{
			*pos += 1;
			return -1;
		}
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
	{
		*pos += 1;
		return -1;
	}
	*pos += need;
	return cp;
}

#if defined(__SSE2__)

/* Skips 16-byte blocks of ASCII without NUL from pos; returns where it stopped. */
static inline size_t
skip_ascii_blocks(const char *text, size_t pos, size_t len)
{
	while (len - pos >= 16)
	{
		__m128i		bytes = _mm_loadu_si128((const __m128i *) (text + pos));

		if (_mm_movemask_epi8(_mm_or_si128(bytes, _mm_cmpeq_epi8(bytes, _mm_setzero_si128()))) != 0)
			break;
		pos += 16;
	}
	return pos;
}

/*
 * Continuation bytes in 16-byte blocks from *pos on, advancing *pos past
 * the last whole block: each lane counts its own (up to 255 blocks at a
 * time), and the lanes are summed at the end of each batch.
 */
static size_t
count_block_continuations(const char *text, size_t *pos, size_t len)
{
	size_t		count = 0;

	while (len - *pos >= 16)
	{
		__m128i		lanes = _mm_setzero_si128();

		/* 0x80..0xBF are the signed bytes below -64 */
		for (int i = 0; i < 255 && len - *pos >= 16; i++, *pos += 16)
			lanes = _mm_sub_epi8(lanes, _mm_cmplt_epi8(_mm_loadu_si128((const __m128i *) (text + *pos)),
													   _mm_set1_epi8(-64)));
		lanes = _mm_sad_epu8(lanes, _mm_setzero_si128());
		count += (size_t) _mm_cvtsi128_si32(lanes) + (size_t) _mm_cvtsi128_si32(_mm_srli_si128(lanes, 8));
	}
	return count;
}

#else

/* Without SSE2 the word loops do all the work. */
static inline size_t
skip_ascii_blocks(const char *text, size_t pos, size_t len)
{
	(void) text;
	(void) len;
	return pos;
}

/* Without SSE2 the word loops do all the work. */
static size_t
count_block_continuations(const char *text, size_t *pos, size_t len)
{
	(void) text;
	(void) pos;
	(void) len;
	return 0;
}

#endif

/* Scans the whole text; stops at the first ill-formed sequence or NUL. */
int
pa_utf8_validate(const char *text, size_t len, size_t *bad_offset)
{
	size_t		pos = 0;

	while (pos < len)
	{
		size_t		start = pos;
		int32_t		cp;

		/* ASCII runs are the common case: skip 16, then eight bytes at a time. */
		pos = skip_ascii_blocks(text, pos, len);
		while (pos + 8 <= len)
		{
			uint64_t	word;
			const unsigned char *p = (const unsigned char *) text + pos;

			word = (uint64_t) p[0] | (uint64_t) p[1] << 8 | (uint64_t) p[2] << 16 |
				(uint64_t) p[3] << 24 | (uint64_t) p[4] << 32 | (uint64_t) p[5] << 40 |
				(uint64_t) p[6] << 48 | (uint64_t) p[7] << 56;
			/* any high bit set, or any zero byte, ends the fast path */
			if ((word & UINT64_C(0x8080808080808080)) != 0 ||
				((word - UINT64_C(0x0101010101010101)) & ~word & UINT64_C(0x8080808080808080)) != 0)
				break;
			pos += 8;
		}
		if (pos >= len)
			break;
		start = pos;
		cp = pa_utf8_decode(text, len, &pos);
		if (cp <= 0)
		{
			*bad_offset = start;
			return 0;
		}
	}
	return 1;
}

/* Counts the bytes that do not continue a sequence. */
size_t
pa_utf8_count_chars(const char *text, size_t len)
{
	size_t		pos = 0;
	size_t		continuations = count_block_continuations(text, &pos, len);

	return len - continuations - pa_utf8_count_continuations(text, pos, len, len);
}

/* Classes of the ASCII range. */
const unsigned short pa_ascii_class[128] = {
#define SP PA_CC_SPACE
#define NL PA_CC_NEWLINE
#define CT PA_CC_CONTROL
#define UP (PA_CC_LETTER | PA_CC_UPPER)
#define LO (PA_CC_LETTER | PA_CC_LOWER)
#define DG PA_CC_DIGIT
#define PU PA_CC_PUNCT
#define SY PA_CC_SYMBOL
	/* 0x00 */ CT, CT, CT, CT, CT, CT, CT, CT, CT, SP, NL, SP, SP, NL, CT, CT,
	/* 0x10 */ CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT, CT,
	/* ' '.. */ SP, PU, PU, PU, SY, PU, PU, PU, PU, PU, PU, SY, PU, PU, PU, PU,
	/* 0..9 */ DG, DG, DG, DG, DG, DG, DG, DG, DG, DG, PU, PU, SY, SY, SY, PU,
	/* @A..O */ PU, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP,
	/* P.._ */ UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, PU, PU, PU, SY, PU,
	/* `a..o */ SY, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO,
	/* p..DEL */ LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, PU, SY, PU, SY, CT,
#undef SP
#undef NL
#undef CT
#undef UP
#undef LO
#undef DG
#undef PU
#undef SY
};

/* Scripts written without spaces between words. */
static int
is_nospace_script(int32_t cp)
{
	UErrorCode	err = U_ZERO_ERROR;
	UScriptCode script = uscript_getScript(cp, &err);

	if (U_FAILURE(err))
		return 0;
	switch (script)
	{
		case USCRIPT_HAN:
		case USCRIPT_HIRAGANA:
		case USCRIPT_KATAKANA:
		case USCRIPT_THAI:
		case USCRIPT_LAO:
		case USCRIPT_KHMER:
		case USCRIPT_MYANMAR:
		case USCRIPT_TIBETAN:
			return 1;
		default:
			return 0;
	}
}

/* Classifies a non-ASCII code point through ICU. */
static unsigned
unicode_class(int32_t cp)
{
	unsigned	cls = 0;

	if (cp == 0x85 || cp == 0x2028 || cp == 0x2029)
		return PA_CC_NEWLINE;
	if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
		(cp >= 0xE0020 && cp <= 0xE007F) || cp == 0x20E3)
		return PA_CC_EMOJI_PART;
	if (u_hasBinaryProperty(cp, UCHAR_EXTENDED_PICTOGRAPHIC) ||
		u_hasBinaryProperty(cp, UCHAR_REGIONAL_INDICATOR))
		return PA_CC_EMOJI;

	switch (u_charType(cp))
	{
		case U_UPPERCASE_LETTER:
		case U_TITLECASE_LETTER:
			cls = PA_CC_LETTER | PA_CC_UPPER;
			break;
		case U_LOWERCASE_LETTER:
			cls = PA_CC_LETTER | PA_CC_LOWER;
			break;
		case U_MODIFIER_LETTER:
		case U_OTHER_LETTER:
		case U_NON_SPACING_MARK:
		case U_ENCLOSING_MARK:
		case U_COMBINING_SPACING_MARK:
			cls = PA_CC_LETTER;
			if (is_nospace_script(cp))
				cls |= PA_CC_NOSPACE_SCRIPT;
			break;
		case U_DECIMAL_DIGIT_NUMBER:
			cls = PA_CC_DIGIT;
			break;
		case U_LETTER_NUMBER:
		case U_OTHER_NUMBER:
			cls = PA_CC_SYMBOL;
			break;
		case U_SPACE_SEPARATOR:
			cls = PA_CC_SPACE;
			break;
		case U_LINE_SEPARATOR:
		case U_PARAGRAPH_SEPARATOR:
			cls = PA_CC_NEWLINE;
			break;
		case U_DASH_PUNCTUATION:
		case U_START_PUNCTUATION:
		case U_END_PUNCTUATION:
		case U_CONNECTOR_PUNCTUATION:
		case U_OTHER_PUNCTUATION:
		case U_INITIAL_PUNCTUATION:
		case U_FINAL_PUNCTUATION:
			cls = PA_CC_PUNCT;
			break;
		case U_MATH_SYMBOL:
		case U_CURRENCY_SYMBOL:
		case U_MODIFIER_SYMBOL:
		case U_OTHER_SYMBOL:
			cls = PA_CC_SYMBOL;
			break;
		case U_FORMAT_CHAR:
			/* soft hyphen, zero width space and joiners sit inside words */
			cls = (cp == 0x200B || cp == 0xFEFF) ? PA_CC_SPACE : PA_CC_CONTROL;
			break;
		default:
			cls = PA_CC_CONTROL;
			break;
	}
	return cls;
}

/* See utf8.h. */
unsigned
pa_char_class_unicode(int32_t cp)
{
	if (cp < 0)
		return PA_CC_SYMBOL;
	return unicode_class(cp);
}

/* Lower-cases one code point. */
int32_t
pa_char_lower(int32_t cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + ('a' - 'A');
	if (cp < 128)
		return cp;
	return u_tolower(cp);
}
