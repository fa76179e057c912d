/*
 * word_index.h: constant word lists looked up by hash, ASCII
 * case-insensitively, instead of by binary search with string compares.
 *
 * A list is an array of structs (or of strings) whose first member is a
 * lower-case ASCII word that ends at a NUL or a space (a phrase list is
 * indexed by its first words).  An exact index (PA_WORD_INDEX_EXACT) matches
 * its words, in any case, byte for byte instead.  The index keeps the first entry of each
 * word.  It is built in static storage on its first look-up: the core runs
 * on one thread.
 */
#ifndef PA_WORD_INDEX_H
#define PA_WORD_INDEX_H

#include <stddef.h>
#include <stdint.h>

/* One slot of the hash table: 1 + an entry number (0 when empty) and hash bits. */
typedef struct pa_word_slot
{
	uint16_t	entry;
	uint16_t	check;
} pa_word_slot;

typedef struct pa_word_index
{
	const void *entries;		/* count entries of stride bytes, a word pointer first */
	size_t		count;
	size_t		stride;
	pa_word_slot *slots;		/* capacity slots, a power of two over twice count */
	size_t		capacity;
	size_t		longest;		/* longest word, in bytes; 0 until built */
	unsigned char case_bit;		/* 0x20 to match any ASCII case, 0 to match exactly */
	/* Bit (c | 0x20) & 31 of the first and of the last bytes of the words of each length, for words shorter than 32 bytes: a small filter that settles most misses without touching the table. */
	uint32_t	first_bytes[32];
	uint32_t	last_bytes[32];
} pa_word_index;

/* A static index over the array entries of count elements, with the slot array slots. */
#define PA_WORD_INDEX(entries, count, slots) \
	{(entries), (count), sizeof((entries)[0]), (slots), sizeof(slots) / sizeof((slots)[0]), 0, 0x20, {0}, {0}}

/* The same, matching words exactly (case included). */
#define PA_WORD_INDEX_EXACT(entries, count, slots) \
	{(entries), (count), sizeof((entries)[0]), (slots), sizeof(slots) / sizeof((slots)[0]), 0, 0, {0}, {0}}

/* The first entry whose word is word (len bytes; any ASCII case unless exact), or -1. */
long		pa_word_index_find(pa_word_index *index, const char *word, size_t len);

/* Length in bytes of the first word of a list entry (up to a space or NUL). */
size_t		pa_word_index_word_length(const char *entry);

#endif							/* PA_WORD_INDEX_H */
