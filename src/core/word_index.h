/*
 * word_index.h: constant word lists looked up by hash, ASCII
 * case-insensitively, instead of by binary search with string compares.
 *
 * A list is an array of structs (or of strings) whose first member is a
 * lower-case ASCII word that ends at a NUL or a space (a phrase list is
 * indexed by its first words).  An exact index (PA_WORD_INDEX_EXACT) matches
 * its words, in any case, byte for byte instead.  The index keeps the first
 * entry of each word.  It is built in static storage on its first look-up:
 * the core runs on one thread.
 *
 * A word is keyed by whole 64-bit integers, folded to lower case eight
 * bytes at a time: a word of up to eight bytes is one integer, a longer
 * one (up to PA_WORD_KEY_BYTES, longer list words are left out) its first
 * and its last eight bytes.  Keys are read without touching a byte past the
 * word.  A filter of one bit for the length and the end bytes of each word
 * settles most misses inline, before the table.
 */
#ifndef PA_WORD_INDEX_H
#define PA_WORD_INDEX_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Longest word an index holds, in bytes: two integers of a key. */
#define PA_WORD_KEY_BYTES 16

/* Bits of the filter of an index, and its base 2 logarithm. */
#define PA_WORD_FILTER_LOG2 11
#define PA_WORD_FILTER_BITS (1 << PA_WORD_FILTER_LOG2)

/* One slot of the hash table: a word's first integer and length, and 1 + its entry number (0 when empty). */
typedef struct pa_word_slot
{
	uint64_t	head;
	uint16_t	len;
	uint16_t	entry;
} pa_word_slot;

typedef struct pa_word_index
{
	const void *entries;		/* count entries of stride bytes, a word pointer first */
	size_t		count;
	size_t		stride;
	pa_word_slot *slots;		/* capacity slots, a power of two over twice count */
	size_t		capacity;
	size_t		longest;		/* longest word, in bytes; 0 until built */
	uint64_t	case_bits;		/* 0x20 in each byte to match any ASCII case, 0 to match exactly */
	uint64_t	filter[PA_WORD_FILTER_BITS / 64];	/* pa_word_filter_bit of each word */
} pa_word_index;

/* A static index over the array entries of count elements, with the slot array slots. */
#define PA_WORD_INDEX(entries, count, slots) \
	{(entries), (count), sizeof((entries)[0]), (slots), sizeof(slots) / sizeof((slots)[0]), 0, \
	 UINT64_C(0x2020202020202020), {0}}

/* The same, matching words exactly (case included). */
#define PA_WORD_INDEX_EXACT(entries, count, slots) \
	{(entries), (count), sizeof((entries)[0]), (slots), sizeof(slots) / sizeof((slots)[0]), 0, 0, {0}}

/*
 * The first entry whose word is word, as pa_word_index_find, but without
 * the filter; it builds the index on its first look-up.
 */
long		pa_word_index_search(pa_word_index *index, const char *word, size_t len);

/* Length in bytes of the first word of a list entry (up to a space or NUL). */
size_t		pa_word_index_word_length(const char *entry);

/* The eight bytes at p as one integer, in memory order. */
static inline uint64_t
pa_word_load8(const char *p)
{
	uint64_t	v;

	memcpy(&v, p, sizeof(v));
	return v;
}

/* 0x20 in each byte of v that is an ASCII upper-case letter, 0 in the others. */
static inline uint64_t
pa_word_upper_bits(uint64_t v)
{
	const uint64_t high = UINT64_C(0x8080808080808080);
	uint64_t	low7 = v & ~high;
	uint64_t	from_a = low7 + UINT64_C(0x3f3f3f3f3f3f3f3f);	/* high bit set from 'A' on */
	uint64_t	past_z = low7 + UINT64_C(0x2525252525252525);	/* high bit set past 'Z' */

	return (from_a & ~past_z & ~v & high) >> 2;
}

/*
 * The filter bit of a word of len bytes (0 < len <= PA_WORD_KEY_BYTES): a
 * hash of its length and its first and last bytes, ASCII case aside.
 */
static inline uint32_t
pa_word_filter_bit(const char *word, size_t len)
{
	uint32_t	ends = ((uint32_t) (unsigned char) word[0] << 16) |
		((uint32_t) (unsigned char) word[len - 1] << 8) | (uint32_t) len;

	return ((ends | 0x202000u) * UINT32_C(0x9e3779b1)) >> (32 - PA_WORD_FILTER_LOG2);
}

/*
 * Whether the index may hold word (len bytes): always before it is built;
 * then unless its length or its filter rules it out, which settles most
 * misses inline.
 */
static inline int
pa_word_index_may_hold(const pa_word_index *index, const char *word, size_t len)
{
	uint32_t	bit;

	if (index->longest == 0)
		return 1;
	if (len - 1 >= index->longest)	/* len is 0 or over the longest */
		return 0;
	bit = pa_word_filter_bit(word, len);
	return (index->filter[bit / 64] >> (bit % 64)) & 1;
}

/* The first entry whose word is word (len bytes; any ASCII case unless exact), or -1. */
static inline long
pa_word_index_find(pa_word_index *index, const char *word, size_t len)
{
	return pa_word_index_may_hold(index, word, len) ? pa_word_index_search(index, word, len) : -1;
}

#endif							/* PA_WORD_INDEX_H */
