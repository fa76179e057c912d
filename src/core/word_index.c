/*
 * word_index.c: hashed look-up of constant word lists (see word_index.h).
 */
#include "word_index.h"

/* The four bytes at p as one integer, in memory order. */
static inline uint32_t
load4(const char *p)
{
	uint32_t	v;

	memcpy(&v, p, sizeof(v));
	return v;
}

/*
 * The first integer of the key of the len bytes at p (0 < len <= 8), read
 * without a byte past p + len: each byte in a byte of its own, so that
 * folding works on it, and the same bytes (of the same length) give the
 * same integer.
 */
static inline uint64_t
short_key(const char *p, size_t len)
{
	if (len >= 4)
		return load4(p) | ((uint64_t) load4(p + len - 4) << 32);
	return (unsigned char) p[0] | ((uint64_t) (unsigned char) p[len >> 1] << 8) |
		((uint64_t) (unsigned char) p[len - 1] << 16);
}

/* The first integer of the key of word (0 < len <= PA_WORD_KEY_BYTES), not folded. */
static inline uint64_t
raw_head(const char *word, size_t len)
{
	return len <= 8 ? short_key(word, len) : pa_word_load8(word);
}

/* Integer v of a key folded as the index compares: ASCII lower case unless the index is exact. */
static inline uint64_t
fold_key(const pa_word_index *index, uint64_t v)
{
	return v | (pa_word_upper_bits(v) & index->case_bits);
}

/* The tail of the key of word (8 < len <= PA_WORD_KEY_BYTES): its last eight bytes, folded. */
static inline uint64_t
key_tail(const pa_word_index *index, const char *word, size_t len)
{
	return fold_key(index, pa_word_load8(word + len - 8));
}

/*
 * The first slot to probe for a word of len bytes whose key starts with
 * loose: its first integer with bit 0x20 set in each byte in a folding
 * index, which hashes every ASCII case of a word alike.
 */
static inline size_t
first_slot(const pa_word_index *index, uint64_t loose, size_t len)
{
	return (size_t) (((loose ^ len) * UINT64_C(0x9e3779b97f4a7c15)) >> 40) & (index->capacity - 1);
}

/* The word of entry k. */
static const char *
entry_word(const pa_word_index *index, size_t k)
{
	return *(const char *const *) ((const char *) index->entries + k * index->stride);
}

/* See word_index.h. */
size_t
pa_word_index_word_length(const char *entry)
{
	size_t		n = 0;

	while (entry[n] != '\0' && entry[n] != ' ')
		n++;
	return n;
}

/*
 * Whether slot, whose head matches word's loosely (bit 0x20 aside in a
 * folding index), holds word (len bytes, first integer raw).
 */
static inline int
slot_holds(const pa_word_index *index, const pa_word_slot *slot, const char *word, size_t len,
		   uint64_t raw)
{
	return slot->len == len && fold_key(index, raw) == slot->head &&
		(len <= 8 || key_tail(index, word, len) ==
		 key_tail(index, entry_word(index, slot->entry - 1u), len));
}

/* The slot that holds word (0 < len <= PA_WORD_KEY_BYTES), or the empty slot where it goes. */
static inline __attribute__((always_inline)) pa_word_slot *
probe(const pa_word_index *index, const char *word, size_t len)
{
	uint64_t	raw = raw_head(word, len);
	uint64_t	loose = raw | index->case_bits;
	size_t		mask = index->capacity - 1;

	for (size_t s = first_slot(index, loose, len);; s = (s + 1) & mask)
	{
		pa_word_slot *slot = &index->slots[s];

		if (slot->entry == 0 ||
			((slot->head | index->case_bits) == loose && slot_holds(index, slot, word, len, raw)))
			return slot;
	}
}

/* The entry of word in a built index, or -1. */
static inline __attribute__((always_inline)) long
lookup(const pa_word_index *index, const char *word, size_t len)
{
	if (len - 1 >= index->longest)	/* len is 0 or over the longest */
		return -1;
	return (long) probe(index, word, len)->entry - 1;
}

/* Fills the table and the filter with the first entry of every word that fits a key. */
static void
build(pa_word_index *index)
{
	for (size_t k = 0; k < index->count; k++)
	{
		const char *word = entry_word(index, k);
		size_t		len = pa_word_index_word_length(word);
		pa_word_slot *slot;
		uint32_t	bit;

		if (len == 0 || len > PA_WORD_KEY_BYTES)
			continue;
		slot = probe(index, word, len);
		if (slot->entry == 0)
			*slot = (pa_word_slot) {fold_key(index, raw_head(word, len)), (uint16_t) len, (uint16_t) (k + 1)};
		bit = pa_word_filter_bit(word, len);
		index->filter[bit / 64] |= UINT64_C(1) << (bit % 64);
		if (len > index->longest)
			index->longest = len;
	}
}

/* Builds the index, then looks word up in it: out of line, to keep the build's registers off the usual path. */
static long __attribute__((noinline))
build_and_lookup(pa_word_index *index, const char *word, size_t len)
{
	build(index);
	return lookup(index, word, len);
}

/* See word_index.h. */
long
pa_word_index_search(pa_word_index *index, const char *word, size_t len)
{
	if (index->longest == 0)
		return build_and_lookup(index, word, len);
	return lookup(index, word, len);
}
