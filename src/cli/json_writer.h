/*
 * json_writer.h: fast buffered JSON Lines output.
 *
 * The tool writes one small object per token, so output is a large part of
 * its run time.  The writer keeps a large buffer, formats integers itself,
 * copies constant key prefixes with memcpy (JW_LIT) and escapes strings
 * with a table-driven fast path (short strings inline, long ones eight
 * bytes at a time; with SSE2, up to 16 plain bytes in one store).  Every
 * call checks room in the buffer once and writes with plain stores.  A
 * failed write(2) sets w->failed and drops the buffered bytes; callers
 * check w->failed or jw_finish() when they can stop.  With fd JW_MEMORY
 * the writer builds a string in memory instead, growing its buffer (read
 * it from buf and used; reset used to reuse it).
 */
#ifndef CLI_JSON_WRITER_H
#define CLI_JSON_WRITER_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef struct json_writer
{
	char	   *buf;
	size_t		cap;
	size_t		used;
	int			fd;
	int			failed;			/* errno of the first failed write, 0 if none */
} json_writer;

/* The fd of a writer that collects its output in memory. */
#define JW_MEMORY (-1)

/* Sets up a writer on fd (or JW_MEMORY); returns 0 when out of memory. */
int			jw_init(json_writer *w, int fd);

/* Writes out what is buffered; returns 0 (with w->failed set) on error. */
int			jw_flush(json_writer *w);

/* Flushes, frees the buffer and returns 0 if any write failed. */
int			jw_finish(json_writer *w);

/*
 * Makes room for n more bytes, n at most w->cap: a file writer flushes, a
 * memory writer grows.  On failure the buffer is emptied and failed set.
 */
void		jw_make_room(json_writer *w, size_t n);

/* jw_raw when the bytes do not fit in the free part of the buffer. */
void		jw_raw_slow(json_writer *w, const char *s, size_t n);

/* jw_text for strings longer than JW_SHORT_TEXT, in buffer-sized pieces. */
void		jw_text_long(json_writer *w, const char *s, size_t n);

/* Writes any bytes as a JSON string; ill-formed UTF-8 becomes U+FFFD. */
void		jw_string(json_writer *w, const char *s, size_t n);

/* Writes n raw bytes (already valid JSON). */
static inline void
jw_raw(json_writer *w, const char *s, size_t n)
{
	if (n > w->cap - w->used)
	{
		jw_raw_slow(w, s, n);
		return;
	}
	memcpy(w->buf + w->used, s, n);
	w->used += n;
}

/* Writes a string literal: a constant-size memcpy. */
#define JW_LIT(w, lit) jw_raw((w), (lit), sizeof(lit) - 1)

/* Two digits of each number 0..99, for jw_put_uint. */
extern const char jw_digit_pairs[200];

/*
 * Direct writing, for hot loops: reserve room for a whole run of fields
 * once, write them with the jw_put_* functions (each returns the position
 * after what it wrote) and commit the end position.
 */

/* Returns a pointer to n free bytes (n at most w->cap). */
static inline char *
jw_reserve(json_writer *w, size_t n)
{
	if (w->cap - w->used < n)
		jw_make_room(w, n);
	return w->buf + w->used;
}

/* Marks everything up to end (from jw_reserve) as written. */
static inline void
jw_commit(json_writer *w, char *end)
{
	w->used = (size_t) (end - w->buf);
}

/* Copies n bytes to p. */
static inline char *
jw_put(char *p, const char *s, size_t n)
{
	memcpy(p, s, n);
	return p + n;
}

/* Copies a string literal to p: a constant-size memcpy. */
#define JW_PUT_LIT(p, lit) jw_put((p), (lit), sizeof(lit) - 1)

/* Most bytes jw_put_uint writes. */
#define JW_UINT_MAX 20

/* Number of decimal digits of v. */
static inline unsigned
jw_digit_count(uint64_t v)
{
	unsigned	n = 1;

	while (v >= 10000)
	{
		v /= 10000;
		n += 4;
	}
	return n + (v >= 10) + (v >= 100) + (v >= 1000);
}

/* Writes v in decimal, two digits at a time from the end. */
static inline char *
jw_put_uint_pairs(char *p, uint64_t v)
{
	char	   *end = p + jw_digit_count(v);

	p = end;
	while (v >= 100)
	{
		unsigned	pair = (unsigned) (v % 100) * 2;

		v /= 100;
		*--p = jw_digit_pairs[pair + 1];
		*--p = jw_digit_pairs[pair];
	}
	if (v >= 10)
	{
		*--p = jw_digit_pairs[v * 2 + 1];
		*--p = jw_digit_pairs[v * 2];
	}
	else
		*--p = (char) ('0' + v);
	return end;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)

/*
 * The eight decimal digits of v < 10^8 as byte values 0..9, the first digit
 * in the lowest byte: split into two 4-digit halves, each into two pairs,
 * each pair into two digits, all halves at once in one 64-bit word.
 */
static inline uint64_t
jw_eight_digits(uint32_t v)
{
	uint64_t	halves = (uint64_t) (v / 10000) | ((uint64_t) (v % 10000) << 32);
	uint64_t	hundreds = ((halves * 10486) >> 20) & UINT64_C(0x0000007F0000007F);
	uint64_t	pairs = hundreds | ((halves - hundreds * 100) << 16);
	uint64_t	tens = ((pairs * 103) >> 10) & UINT64_C(0x000F000F000F000F);

	return tens | ((pairs - tens * 10) << 8);
}

/* Writes v in decimal; below 10^8 with one 8-byte store (p needs 8 bytes of room). */
static inline char *
jw_put_uint(char *p, uint64_t v)
{
	uint64_t	digits;
	unsigned	leading_zeros;

	if (v >= 100000000)
		return jw_put_uint_pairs(p, v);
	digits = jw_eight_digits((uint32_t) v);
	/* v == 0 keeps its last digit: the bit set at byte 7 stops the count there */
	leading_zeros = (unsigned) __builtin_ctzll(digits | (UINT64_C(1) << 56)) / 8;
	digits = (digits + UINT64_C(0x3030303030303030)) >> (leading_zeros * 8);
	memcpy(p, &digits, 8);
	return p + 8 - leading_zeros;
}

#else

/* Writes v in decimal. */
static inline char *
jw_put_uint(char *p, uint64_t v)
{
	return jw_put_uint_pairs(p, v);
}

#endif

/* Writes an unsigned integer in decimal. */
static inline void
jw_uint(json_writer *w, uint64_t v)
{
	jw_commit(w, jw_put_uint(jw_reserve(w, JW_UINT_MAX), v));
}

/*
 * What each byte becomes inside a JSON string: 0 copies it, 'u' gives
 * \u00XX, any other letter gives a backslash and that letter.
 */
extern const char jw_escape_table[256];

/* Writes the escape of byte c (jw_escape_table[c] != 0) at p. */
char	   *jw_put_escape(char *p, unsigned char c);

/* Longest string that jw_text escapes inline; most tokens are shorter. */
#define JW_SHORT_TEXT 24

/* Most bytes one input byte becomes: \u00XX. */
#define JW_MAX_ESCAPE 6

/* Copies n bytes in whole 16-byte chunks: src and p must both have n rounded up to 16 bytes. */
static inline char *
jw_put_chunks(char *p, const char *src, size_t n)
{
	for (size_t i = 0; i < n; i += 16)
		memcpy(p + i, src + i, 16);
	return p + n;
}

/* Longest string jw_put_plain_short takes. */
#define JW_PLAIN_SHORT 16

#if defined(__SSE2__)

/*
 * Copies n <= JW_PLAIN_SHORT bytes of s to p with one 16-byte store when
 * none needs escaping; returns NULL (writing nothing) otherwise.  Both s
 * and p must have 16 bytes of room.
 */
static inline char *
jw_put_plain_short(char *p, const char *s, size_t n)
{
	__m128i		bytes = _mm_loadu_si128((const __m128i *) s);
	__m128i		control = _mm_cmpeq_epi8(_mm_subs_epu8(bytes, _mm_set1_epi8(0x1F)), _mm_setzero_si128());
	__m128i		quote = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('"'));
	__m128i		backslash = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'));
	unsigned	special = (unsigned) _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash)));

	if (special & ((1u << n) - 1))
		return NULL;
	_mm_storeu_si128((__m128i *) p, bytes);
	return p + n;
}

#else

/* Without SSE2 every string takes the escaping path (jw_text). */
static inline char *
jw_put_plain_short(char *p, const char *s, size_t n)
{
	(void) p;
	(void) s;
	(void) n;
	return NULL;
}

#endif

/* Writes s as a JSON string; s must be well-formed UTF-8 (a validated text). */
static inline void
jw_text(json_writer *w, const char *s, size_t n)
{
	char	   *p;

	if (n > JW_SHORT_TEXT)
	{
		jw_text_long(w, s, n);
		return;
	}
	p = jw_reserve(w, JW_SHORT_TEXT * JW_MAX_ESCAPE + 2);
	*p++ = '"';
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (jw_escape_table[c] == 0)
			*p++ = (char) c;
		else
			p = jw_put_escape(p, c);
	}
	*p++ = '"';
	jw_commit(w, p);
}

#endif							/* CLI_JSON_WRITER_H */
