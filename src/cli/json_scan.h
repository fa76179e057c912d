/*
 * json_scan.h: finding the bytes that JSON strings must escape ('"', '\\'
 * and control characters below 0x20), eight bytes at a time.
 */
#ifndef CLI_JSON_SCAN_H
#define CLI_JSON_SCAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define JSON_SCAN_ONES UINT64_C(0x0101010101010101)
#define JSON_SCAN_HIGH UINT64_C(0x8080808080808080)

/* True when some byte of x is zero (exact as a yes/no answer). */
static inline int
json_scan_has_zero(uint64_t x)
{
	return ((x - JSON_SCAN_ONES) & ~x & JSON_SCAN_HIGH) != 0;
}

/* True when one of the eight bytes of x must be escaped in a JSON string. */
static inline int
json_scan_word_special(uint64_t x)
{
	return ((x - JSON_SCAN_ONES * 0x20) & ~x & JSON_SCAN_HIGH) != 0 ||
		json_scan_has_zero(x ^ (JSON_SCAN_ONES * '"')) ||
		json_scan_has_zero(x ^ (JSON_SCAN_ONES * '\\'));
}

/* True when byte c must be escaped in a JSON string. */
static inline int
json_scan_byte_special(unsigned char c)
{
	return c < 0x20 || c == '"' || c == '\\';
}

/* Index of the first byte in s[from, n) that must be escaped, or n. */
static inline size_t
json_scan_plain_run(const unsigned char *s, size_t from, size_t n)
{
	size_t		i = from;
	uint64_t	word;

	while (n - i >= 8)
	{
		memcpy(&word, s + i, 8);
		if (json_scan_word_special(word))
			break;
		i += 8;
	}
	while (i < n && !json_scan_byte_special(s[i]))
		i++;
	return i;
}

#endif							/* CLI_JSON_SCAN_H */
