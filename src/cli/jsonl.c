/*
 * jsonl.c: a strict recursive-descent JSON parser for one input line.
 */
#include "jsonl.h"

#include "json_scan.h"

#include <stdint.h>
#include <string.h>

/* Deepest nesting of arrays and objects accepted inside ignored keys. */
#define JSONL_MAX_DEPTH 512

typedef struct parser
{
	char	   *start;
	char	   *p;
	char	   *end;
	const char *error;			/* first error, NULL while all is well */
} parser;

/* Records the first error at the current position; returns 0. */
static int
fail(parser *ps, const char *message)
{
	if (ps->error == NULL)
		ps->error = message;
	return 0;
}

/* Skips JSON white space. */
static void
skip_space(parser *ps)
{
	while (ps->p < ps->end &&
		   (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r'))
		ps->p++;
}

/* Consumes the character c after white space, or fails with message. */
static int
expect(parser *ps, char c, const char *message)
{
	skip_space(ps);
	if (ps->p >= ps->end || *ps->p != c)
		return fail(ps, message);
	ps->p++;
	return 1;
}

/* Reads four hex digits at ps->p into *value. */
static int
read_hex4(parser *ps, uint32_t *value)
{
	uint32_t	v = 0;

	if (ps->end - ps->p < 4)
		return fail(ps, "truncated \\u escape");
	for (int i = 0; i < 4; i++)
	{
		char		c = ps->p[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (uint32_t) (c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (uint32_t) (c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (uint32_t) (c - 'A' + 10);
		else
			return fail(ps, "bad hex digit in \\u escape");
	}
	ps->p += 4;
	*value = v;
	return 1;
}

/* Decodes the code point of a \u escape (ps->p after the 'u'), joining surrogate pairs. */
static int
read_unicode_escape(parser *ps, uint32_t *cp)
{
	uint32_t	low;

	if (!read_hex4(ps, cp))
		return 0;
	if (*cp >= 0xDC00 && *cp <= 0xDFFF)
		return fail(ps, "unpaired low surrogate in \\u escape");
	if (*cp < 0xD800 || *cp > 0xDBFF)
		return 1;
	if (ps->end - ps->p < 2 || ps->p[0] != '\\' || ps->p[1] != 'u')
		return fail(ps, "unpaired high surrogate in \\u escape");
	ps->p += 2;
	if (!read_hex4(ps, &low))
		return 0;
	if (low < 0xDC00 || low > 0xDFFF)
		return fail(ps, "unpaired high surrogate in \\u escape");
	*cp = 0x10000 + ((*cp - 0xD800) << 10) + (low - 0xDC00);
	return 1;
}

/* Writes cp as UTF-8 at out; returns the byte after it. */
static char *
put_utf8(char *out, uint32_t cp)
{
	if (cp < 0x80)
		*out++ = (char) cp;
	else if (cp < 0x800)
	{
		*out++ = (char) (0xC0 | (cp >> 6));
		*out++ = (char) (0x80 | (cp & 0x3F));
	}
	else if (cp < 0x10000)
	{
		*out++ = (char) (0xE0 | (cp >> 12));
		*out++ = (char) (0x80 | ((cp >> 6) & 0x3F));
		*out++ = (char) (0x80 | (cp & 0x3F));
	}
	else
	{
		*out++ = (char) (0xF0 | (cp >> 18));
		*out++ = (char) (0x80 | ((cp >> 12) & 0x3F));
		*out++ = (char) (0x80 | ((cp >> 6) & 0x3F));
		*out++ = (char) (0x80 | (cp & 0x3F));
	}
	return out;
}

/* Decodes one escape after its backslash into out; returns the new end, NULL on error. */
static char *
decode_escape(parser *ps, char *out)
{
	uint32_t	cp;

	if (ps->p >= ps->end)
	{
		fail(ps, "unterminated string");
		return NULL;
	}
	switch (*ps->p++)
	{
		case '"':
			*out++ = '"';
			return out;
		case '\\':
			*out++ = '\\';
			return out;
		case '/':
			*out++ = '/';
			return out;
		case 'b':
			*out++ = '\b';
			return out;
		case 'f':
			*out++ = '\f';
			return out;
		case 'n':
			*out++ = '\n';
			return out;
		case 'r':
			*out++ = '\r';
			return out;
		case 't':
			*out++ = '\t';
			return out;
		case 'u':
			if (!read_unicode_escape(ps, &cp))
				return NULL;
			return put_utf8(out, cp);
		default:
			ps->p--;
			fail(ps, "unknown escape in string");
			return NULL;
	}
}

/*
 * Parses a string at ps->p and unescapes it in place: the result starts
 * where the string's first character was and never overtakes the reader.
 */
static int
parse_string(parser *ps, const char **value, size_t *value_len)
{
	char	   *out;
	char	   *begin;

	if (!expect(ps, '"', "expected a string"))
		return 0;
	begin = out = ps->p;
	for (;;)
	{
		char	   *run = ps->p + json_scan_plain_run((const unsigned char *) ps->p, 0,
														 (size_t) (ps->end - ps->p));
		unsigned char c;

		if (out != ps->p)
			memmove(out, ps->p, (size_t) (run - ps->p));
		out += run - ps->p;
		ps->p = run;
		if (ps->p >= ps->end)
			return fail(ps, "unterminated string");
		c = (unsigned char) *ps->p;
		if (c < 0x20)
			return fail(ps, "control character inside a string (must be escaped)");
		ps->p++;
		if (c == '"')
			break;
		out = decode_escape(ps, out);
		if (out == NULL)
			return 0;
	}
	*value = begin;
	*value_len = (size_t) (out - begin);
	return 1;
}

/* Skips a run of decimal digits; fails unless there is at least one. */
static int
skip_digits(parser *ps)
{
	char	   *from = ps->p;

	while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9')
		ps->p++;
	return ps->p > from ? 1 : fail(ps, "expected a digit in number");
}

/* Parses a number by the JSON grammar; *value and *value_len give its text. */
static int
parse_number(parser *ps, const char **value, size_t *value_len)
{
	char	   *from;

	skip_space(ps);
	from = ps->p;
	if (ps->p < ps->end && *ps->p == '-')
		ps->p++;
	if (ps->p < ps->end && *ps->p == '0')
		ps->p++;
	else if (!skip_digits(ps))
		return 0;
	if (ps->p < ps->end && *ps->p == '.')
	{
		ps->p++;
		if (!skip_digits(ps))
			return 0;
	}
	if (ps->p < ps->end && (*ps->p == 'e' || *ps->p == 'E'))
	{
		ps->p++;
		if (ps->p < ps->end && (*ps->p == '+' || *ps->p == '-'))
			ps->p++;
		if (!skip_digits(ps))
			return 0;
	}
	*value = from;
	*value_len = (size_t) (ps->p - from);
	return 1;
}

/* Consumes the literal word (true, false, null) or fails. */
static int
parse_word(parser *ps, const char *word)
{
	size_t		n = strlen(word);

	if ((size_t) (ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0)
		return fail(ps, "unexpected character: expected a JSON value");
	ps->p += n;
	return 1;
}

static int	skip_value(parser *ps, int depth);

/* Skips the members of an object or the elements of an array after its opening bracket. */
static int
skip_container(parser *ps, char close, int depth)
{
	const char *s;
	size_t		n;

	if (depth > JSONL_MAX_DEPTH)
		return fail(ps, "nesting too deep");
	skip_space(ps);
	if (ps->p < ps->end && *ps->p == close)
	{
		ps->p++;
		return 1;
	}
	for (;;)
	{
		if (close == '}' &&
			(!parse_string(ps, &s, &n) || !expect(ps, ':', "expected ':' after object key")))
			return 0;
		if (!skip_value(ps, depth))
			return 0;
		skip_space(ps);
		if (ps->p < ps->end && *ps->p == ',')
		{
			ps->p++;
			continue;
		}
		return expect(ps, close, close == '}' ? "expected ',' or '}' in object"
					  : "expected ',' or ']' in array");
	}
}

/* Skips any JSON value. */
static int
skip_value(parser *ps, int depth)
{
	const char *s;
	size_t		n;

	skip_space(ps);
	if (ps->p >= ps->end)
		return fail(ps, "expected a value, found the end of the line");
	switch (*ps->p)
	{
		case '"':
			return parse_string(ps, &s, &n);
		case '{':
			ps->p++;
			return skip_container(ps, '}', depth + 1);
		case '[':
			ps->p++;
			return skip_container(ps, ']', depth + 1);
		case 't':
			return parse_word(ps, "true");
		case 'f':
			return parse_word(ps, "false");
		case 'n':
			return parse_word(ps, "null");
		default:
			if (*ps->p == '-' || (*ps->p >= '0' && *ps->p <= '9'))
				return parse_number(ps, &s, &n);
			return fail(ps, "unexpected character: expected a JSON value");
	}
}

/* The next non-space character, or 0 at the end. */
static char
peek(parser *ps)
{
	skip_space(ps);
	return ps->p < ps->end ? *ps->p : 0;
}

/* Parses the value of "id": a string or a number. */
static int
parse_id(parser *ps, jsonl_record *rec)
{
	char		c = peek(ps);

	if (c == '"')
	{
		rec->id_kind = JSONL_ID_STRING;
		return parse_string(ps, &rec->id, &rec->id_len);
	}
	if (c == '-' || (c >= '0' && c <= '9'))
	{
		rec->id_kind = JSONL_ID_NUMBER;
		return parse_number(ps, &rec->id, &rec->id_len);
	}
	return fail(ps, "\"id\" must be a string or a number");
}

/* Parses the value of "published": a string or null. */
static int
parse_published(parser *ps, jsonl_record *rec)
{
	if (peek(ps) == 'n')
	{
		rec->published = NULL;
		return parse_word(ps, "null");
	}
	if (peek(ps) != '"')
		return fail(ps, "\"published\" must be a string or null");
	return parse_string(ps, &rec->published, &rec->published_len);
}

/* Dispatches one member of the top-level object on its key. */
static int
parse_member(parser *ps, jsonl_record *rec, unsigned *seen)
{
	const char *key;
	size_t		key_len;
	unsigned	bit;

	if (peek(ps) != '"')
		return fail(ps, "expected a string key in object");
	if (!parse_string(ps, &key, &key_len) || !expect(ps, ':', "expected ':' after object key"))
		return 0;
	if (key_len == 2 && memcmp(key, "id", 2) == 0)
		bit = 1;
	else if (key_len == 4 && memcmp(key, "text", 4) == 0)
		bit = 2;
	else if (key_len == 9 && memcmp(key, "published", 9) == 0)
		bit = 4;
	else
		return skip_value(ps, 1);
	if (*seen & bit)
		return fail(ps, "duplicate key");
	*seen |= bit;
	if (bit == 1)
		return parse_id(ps, rec);
	if (bit == 2)
	{
		if (peek(ps) != '"')
			return fail(ps, "\"text\" must be a string");
		return parse_string(ps, &rec->text, &rec->text_len);
	}
	return parse_published(ps, rec);
}

/* Parses the top-level object of the line. */
static int
parse_object(parser *ps, jsonl_record *rec)
{
	unsigned	seen = 0;

	if (!expect(ps, '{', "expected '{' at the start of the line"))
		return 0;
	if (peek(ps) == '}')
		ps->p++;
	else
	{
		for (;;)
		{
			if (!parse_member(ps, rec, &seen))
				return 0;
			if (peek(ps) != ',')
				break;
			ps->p++;
		}
		if (!expect(ps, '}', "expected ',' or '}' in object"))
			return 0;
	}
	skip_space(ps);
	if (ps->p < ps->end)
		return fail(ps, "unexpected characters after the object");
	return 1;
}

/* Entry point: see jsonl.h. */
int
jsonl_parse(char *line, size_t len, jsonl_record *rec, const char **error, size_t *column)
{
	parser		ps = {line, line, line + len, NULL};

	memset(rec, 0, sizeof(*rec));
	if (parse_object(&ps, rec))
		return 1;
	*error = ps.error;
	*column = (size_t) (ps.p - ps.start) + 1;
	return 0;
}
