/*
 * json_writer.c: the buffer, its flushing, and JSON string escaping.
 */
#include "json_writer.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "json_scan.h"
#include "utf8.h"

#define JW_BUFFER_SIZE (1024 * 1024)
#define JW_MEMORY_START 256

const char	jw_digit_pairs[200] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

/* See json_writer.h. */
const char	jw_escape_table[256] = {
	'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'b', 't', 'n', 'u', 'f', 'r', 'u', 'u',
	'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
	0, 0, '"', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\\', 0, 0, 0,
	/* the rest (0x60..0xFF) is zero */
};

/* Allocates the buffer: large for output, small for a memory writer. */
int
jw_init(json_writer *w, int fd)
{
	w->cap = fd == JW_MEMORY ? JW_MEMORY_START : JW_BUFFER_SIZE;
	w->buf = malloc(w->cap);
	w->used = 0;
	w->fd = fd;
	w->failed = 0;
	return w->buf != NULL;
}

/* Writes the buffer out, retrying short writes; drops it after an error. */
int
jw_flush(json_writer *w)
{
	size_t		done = 0;

	if (w->fd == JW_MEMORY)
		return w->failed == 0;
	while (done < w->used && w->failed == 0)
	{
		ssize_t		n = write(w->fd, w->buf + done, w->used - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			w->failed = n < 0 ? errno : EIO;
		else
			done += (size_t) n;
	}
	w->used = 0;
	return w->failed == 0;
}

/* Final flush; releases the buffer. */
int
jw_finish(json_writer *w)
{
	int			ok = jw_flush(w);

	free(w->buf);
	w->buf = NULL;
	w->cap = 0;
	return ok;
}

/* Doubles a memory writer's buffer until n more bytes fit. */
static void
grow(json_writer *w, size_t n)
{
	size_t		cap = w->cap;
	char	   *buf;

	while (cap - w->used < n && cap <= SIZE_MAX / 2)
		cap *= 2;
	buf = cap - w->used >= n ? realloc(w->buf, cap) : NULL;
	if (buf == NULL)
	{
		w->failed = ENOMEM;
		w->used = 0;
		return;
	}
	w->buf = buf;
	w->cap = cap;
}

/* Flushes or grows when fewer than n bytes are free. */
void
jw_make_room(json_writer *w, size_t n)
{
	if (w->cap - w->used >= n)
		return;
	if (w->fd == JW_MEMORY)
		grow(w, n);
	else
		jw_flush(w);
}

/* Copies in buffer-sized parts, flushing (or growing) in between. */
void
jw_raw_slow(json_writer *w, const char *s, size_t n)
{
	while (n > w->cap - w->used)
	{
		size_t		part = w->cap - w->used;

		memcpy(w->buf + w->used, s, part);
		w->used += part;
		s += part;
		n -= part;
		jw_make_room(w, n < w->cap ? n : w->cap);
		if (w->failed)
			return;
	}
	memcpy(w->buf + w->used, s, n);
	w->used += n;
}

/* Writes \X or \u00XX for a byte that JSON strings must escape. */
char *
jw_put_escape(char *p, unsigned char c)
{
	static const char hex[] = "0123456789abcdef";
	char		e = jw_escape_table[c];

	*p++ = '\\';
	*p++ = e;
	if (e == 'u')
	{
		*p++ = '0';
		*p++ = '0';
		*p++ = hex[c >> 4];
		*p++ = hex[c & 15];
	}
	return p;
}

/*
 * Escapes n bytes of well-formed UTF-8 into p, which has room for 6n
 * bytes, copying eight plain bytes at a time.
 */
static char *
escape_into(char *p, const unsigned char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		if (n - i >= 8)
		{
			uint64_t	word;

			memcpy(&word, s + i, 8);
			if (!json_scan_word_special(word))
			{
				memcpy(p, &word, 8);
				p += 8;
				i += 8;
				continue;
			}
		}
		if (jw_escape_table[s[i]] == 0)
			*p++ = (char) s[i];
		else
			p = jw_put_escape(p, s[i]);
		i++;
	}
	return p;
}

/* Quotes and escapes well-formed UTF-8 of any length, in buffer-sized pieces. */
void
jw_text_long(json_writer *w, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		piece_max = (w->cap - 2) / JW_MAX_ESCAPE;
	char	   *p;

	if (n <= piece_max)
	{
		p = jw_reserve(w, n * JW_MAX_ESCAPE + 2);
		*p++ = '"';
		p = escape_into(p, u, n);
		*p++ = '"';
		jw_commit(w, p);
		return;
	}
	JW_LIT(w, "\"");
	while (n > 0)
	{
		size_t		piece = n < piece_max ? n : piece_max;

		jw_commit(w, escape_into(jw_reserve(w, piece * JW_MAX_ESCAPE), u, piece));
		u += piece;
		n -= piece;
	}
	JW_LIT(w, "\"");
}

/* Quotes arbitrary bytes, replacing ill-formed UTF-8 with U+FFFD. */
void
jw_string(json_writer *w, const char *s, size_t n)
{
	size_t		pos = 0;

	JW_LIT(w, "\"");
	while (pos < n)
	{
		size_t		start = pos;
		int32_t		cp = pa_utf8_decode(s, n, &pos);

		if (cp < 0)
			JW_LIT(w, "\\ufffd");
		else
			jw_commit(w, escape_into(jw_reserve(w, (pos - start) * JW_MAX_ESCAPE),
									 (const unsigned char *) s + start, pos - start));
	}
	JW_LIT(w, "\"");
}
