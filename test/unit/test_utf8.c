/*
 * test_utf8.c: decoding, validation and character classes.
 */
#include <stdio.h>

#include "unit.h"
#include "utf8.h"

/* Validates a string literal (without its NUL). */
static int
valid(const char *s, size_t len, size_t *bad)
{
	return pa_utf8_validate(s, len, bad);
}

UNIT_TEST(utf8_accepts_well_formed_text)
{
	const char *s = "caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80 plain ascii text longer than eight";
	size_t		bad = 0;

	CHECK(valid(s, strlen(s), &bad));
	CHECK(valid("", 0, &bad));
	CHECK_EQ_LONG(pa_utf8_count_chars(s, strlen(s)), strlen(s) - 1 - 2 - 3);
}

UNIT_TEST(utf8_rejects_ill_formed_sequences)
{
	struct
	{
		const char *bytes;
		size_t		len;
		size_t		bad_at;
	}			cases[] = {
		{"ok \xe9 latin1", 12, 3},	/* lone Latin-1 byte */
		{"\xc0\xaf", 2, 0},		/* overlong slash */
		{"ab\xed\xa0\x80", 5, 2},	/* surrogate */
		{"\xf4\x90\x80\x80", 4, 0}, /* above U+10FFFF */
		{"abcdefgh\xe2\x82", 10, 8},	/* truncated after the fast path */
		{"a\0b", 3, 1},			/* NUL */
		{"\x80", 1, 0},			/* stray continuation byte */
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		size_t		bad = 999;

		CHECK(!valid(cases[i].bytes, cases[i].len, &bad));
		CHECK_EQ_LONG(bad, cases[i].bad_at);
	}
}

UNIT_TEST(utf8_decode_advances_and_flags_errors)
{
	const char *s = "\xc3\xa9\xff" "a";
	size_t		pos = 0;

	CHECK_EQ_LONG(pa_utf8_decode(s, 4, &pos), 0xE9);
	CHECK_EQ_LONG(pos, 2);
	CHECK_EQ_LONG(pa_utf8_decode(s, 4, &pos), -1);
	CHECK_EQ_LONG(pos, 3);
	CHECK_EQ_LONG(pa_utf8_decode(s, 4, &pos), 'a');
}

UNIT_TEST(char_classes_cover_scripts_and_emoji)
{
	CHECK(pa_char_class('A') & PA_CC_UPPER);
	CHECK(pa_char_class(0x00C9) & PA_CC_UPPER);	/* É */
	CHECK(pa_char_class(0x0436) & PA_CC_LOWER);	/* ж */
	CHECK(pa_char_class(0x0628) & PA_CC_LETTER);	/* Arabic beh */
	CHECK(pa_char_class(0x4E2D) & PA_CC_NOSPACE_SCRIPT);	/* 中 */
	CHECK(pa_char_class(0x0663) & PA_CC_DIGIT);	/* Arabic-Indic three */
	CHECK(pa_char_class(0x1F600) & PA_CC_EMOJI);
	CHECK(pa_char_class(0x1F1E9) & PA_CC_EMOJI);	/* regional indicator */
	CHECK(pa_char_class(0x200D) & PA_CC_EMOJI_PART);
	CHECK(pa_char_class(0x201C) & PA_CC_PUNCT);
	CHECK(pa_char_class(0x20AC) & PA_CC_SYMBOL);	/* € */
	CHECK(pa_char_class(0x00A0) & PA_CC_SPACE);
	CHECK(pa_char_class(0x2029) & PA_CC_NEWLINE);
	CHECK_EQ_LONG(pa_char_lower(0x00C9), 0x00E9);
	CHECK_EQ_LONG(pa_char_lower('Q'), 'q');
}
