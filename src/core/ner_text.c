/*
 * ner_text.c: lower-case forms and shapes of tokens (see ner_text.h).
 * ASCII goes through a fast path; other code points through utf8.h (ICU).
 */
#include "ner_text.h"

#include <stdint.h>

#include "ner_hash.h"
#include "utf8.h"

/* Writes cp as UTF-8 at out; returns the byte count. */
static size_t
encode_utf8(int32_t cp, char *out)
{
	if (cp < 0x80)
	{
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (char) (0xC0 | (cp >> 6));
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (char) (0xE0 | (cp >> 12));
		out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (cp >> 18));
	out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

/* Lower-cases s into buf; see ner_text.h. */
size_t
ner_lower(const char *s, size_t n, int digits_as_zero, char *buf)
{
	size_t		pos = 0;
	size_t		len = 0;

	while (pos < n)
	{
		unsigned char c = (unsigned char) s[pos];

		if (c < 0x80)
		{
			buf[len++] = ner_ascii_lower(c, digits_as_zero);
			pos++;
			continue;
		}
		{
			int32_t		cp = pa_utf8_decode(s, n, &pos);

			len += encode_utf8(cp < 0 ? 0xFFFD : pa_char_lower(cp), buf + len);
		}
	}
	return len;
}

/* The shape letter of one code point. */
static char
shape_class(int32_t cp)
{
	unsigned	cls;

	if (cp < 0x80)
		return ner_ascii_shape((unsigned char) cp);
	cls = pa_char_class(cp);
	if (cls & PA_CC_UPPER)
		return 'X';
	if (cls & PA_CC_LOWER)
		return 'x';
	if (cls & PA_CC_LETTER)
		return 'c';
	if (cls & PA_CC_DIGIT)
		return 'd';
	return 'o';
}

/* Writes the shape of s into buf; see ner_text.h. */
size_t
ner_shape(const char *s, size_t n, int max_run, char *buf)
{
	size_t		pos = 0;
	size_t		len = 0;
	int			run = 0;

	while (pos < n && len < NER_SHAPE_MAX)
	{
		unsigned char c = (unsigned char) s[pos];
		int32_t		cp;
		char		cls;

		if (c < 0x80)
		{
			cp = c;
			pos++;
		}
		else
			cp = pa_utf8_decode(s, n, &pos);
		cls = shape_class(cp);
		if (len > 0 && buf[len - 1] == cls)
		{
			if (++run > max_run)
				continue;
		}
		else
			run = 1;
		buf[len++] = cls;
	}
	return len;
}

/* Byte length of the first count code points. */
size_t
ner_prefix_bytes(const char *s, size_t n, int count)
{
	size_t		pos = 0;

	while (pos < n && count > 0)
	{
		pos++;
		while (pos < n && ((unsigned char) s[pos] & 0xC0) == 0x80)
			pos++;
		count--;
	}
	return pos;
}

/* Start of the last count code points. */
size_t
ner_suffix_start(const char *s, size_t n, int count)
{
	size_t		pos = n;

	while (pos > 0 && count > 0)
	{
		pos--;
		while (pos > 0 && ((unsigned char) s[pos] & 0xC0) == 0x80)
			pos--;
		count--;
	}
	return pos;
}

/* Hash of the lower-case form (in one pass over ASCII); see ner_text.h. */
uint64_t
ner_token_key(const char *s, size_t n)
{
	char		buf[2 * NER_KEY_LOWER_MAX + 4];
	uint64_t	h = NER_HASH_SEED;

	if (n > NER_KEY_LOWER_MAX)
		return ner_hash_bytes(s, n);
	for (size_t i = 0; i < n; i++)
	{
		if ((unsigned char) s[i] >= 0x80)
			return ner_hash_bytes(buf, ner_lower(s, n, 0, buf));
		h = ner_hash_step(h, (unsigned char) ner_ascii_lower((unsigned char) s[i], 0));
	}
	return ner_hash_finish(h, n);
}
