/*
 * word_index.c: hashed look-up of constant word lists (see word_index.h).
 */
#include "word_index.h"

/* Byte c as the index compares it: ASCII lower case unless the index is exact. */
static unsigned char
fold(const pa_word_index *index, unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char) (c | index->case_bit) : c;
}

/*
 * FNV-1a over len bytes with the index's case bit set: in a folding index
 * a word in any ASCII case hashes as its lower case (other bytes may
 * collide, which same_word settles).
 */
static uint32_t
hash_word(const pa_word_index *index, const char *word, size_t len)
{
	uint32_t	h = 2166136261u;

	for (size_t k = 0; k < len; k++)
		h = (h ^ ((unsigned char) word[k] | index->case_bit)) * 16777619u;
	return h;
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

/* Whether word (len bytes) is the list word at entry, as the index compares. */
static int
same_word(const pa_word_index *index, const char *word, size_t len, const char *entry)
{
	for (size_t k = 0; k < len; k++)
		if (entry[k] == '\0' || entry[k] == ' ' || entry[k] != (char) fold(index, (unsigned char) word[k]))
			return 0;
	return entry[len] == '\0' || entry[len] == ' ';
}

/* The 16 bits of h kept in a slot to skip most compares. */
static uint16_t
check_bits(uint32_t h)
{
	return (uint16_t) (h >> 16);
}

/* The slot that holds word, or the empty slot where it goes. */
static inline pa_word_slot *
probe(const pa_word_index *index, const char *word, size_t len, uint32_t h)
{
	size_t		mask = index->capacity - 1;

	for (size_t s = h & mask;; s = (s + 1) & mask)
	{
		pa_word_slot *slot = &index->slots[s];

		if (slot->entry == 0 ||
			(slot->check == check_bits(h) && same_word(index, word, len, entry_word(index, slot->entry - 1u))))
			return slot;
	}
}

/* The filter bit of byte c: any ASCII case of a letter gives the same bit. */
static uint32_t
filter_bit(char c)
{
	return UINT32_C(1) << (((unsigned char) c | 0x20u) & 31u);
}

/* Whether the filter rules word (len bytes, 0 < len < 32) out. */
static int
filtered_out(const pa_word_index *index, const char *word, size_t len)
{
	return !(index->first_bytes[len] & filter_bit(word[0])) ||
		!(index->last_bytes[len] & filter_bit(word[len - 1]));
}

/* Fills the table with the first entry of every word, and the filter. */
static void
build(pa_word_index *index)
{
	for (size_t k = 0; k < index->count; k++)
	{
		const char *word = entry_word(index, k);
		size_t		len = pa_word_index_word_length(word);
		uint32_t	h = hash_word(index, word, len);
		pa_word_slot *slot = probe(index, word, len, h);

		if (slot->entry == 0)
			*slot = (pa_word_slot) {(uint16_t) (k + 1), check_bits(h)};
		if (len > 0 && len < 32)
		{
			index->first_bytes[len] |= filter_bit(word[0]);
			index->last_bytes[len] |= filter_bit(word[len - 1]);
		}
		if (len > index->longest)
			index->longest = len;
	}
}

/* See word_index.h. */
long
pa_word_index_find(pa_word_index *index, const char *word, size_t len)
{
	pa_word_slot *slot;

	if (index->longest == 0)
		build(index);
	if (len == 0 || len > index->longest || (len < 32 && filtered_out(index, word, len)))
		return -1;
	slot = probe(index, word, len, hash_word(index, word, len));
	return slot->entry == 0 ? -1 : (long) slot->entry - 1;
}
