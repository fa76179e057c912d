/*
 * dates_lexicon_find.h: the look-up of a word in the date lexicon, inline
 * for the loop that builds units (dates_units.c), which looks up most words
 * of a text.  dates_lexicon.c holds the tables and the other look-ups.
 */
#ifndef PA_DATES_LEXICON_FIND_H
#define PA_DATES_LEXICON_FIND_H

#include <stddef.h>
#include <string.h>

#include "dates_types.h"

#define DT_WORD_MAX 14			/* the longest word */
#define DT_KEY_BYTES 16			/* a word is compared 16 bytes at a time */
#define DT_LEXICON_SLOTS 1024

typedef struct dt_entry
{
	_Alignas(8) char word[DT_KEY_BYTES];	/* lower case ASCII, zero-padded;
											 * aligned so that an entry takes
											 * 24 bytes */
	uint8_t		cls;			/* dt_class */
	int16_t		val;
	uint16_t	flags;
} dt_entry;

/* The lexicon, sorted, and its open-addressing slots: entry index + 1, 0 empty. */
extern const dt_entry dt_lexicon[];
extern const uint16_t dt_lexicon_slots[DT_LEXICON_SLOTS];

/* For a word of n bytes (n < DT_KEY_BYTES), the masks of its bytes in its two halves. */
extern const uint64_t dt_word_masks[DT_KEY_BYTES][2];

/* The 8 bytes at p, the first in the low byte whatever the machine's byte order. */
static inline uint64_t
dt_load_bytes(const char *p)
{
	uint64_t	v;

	memcpy(&v, p, sizeof(v));
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	return v;
}

/*
 * The entry spelled like w[0, len) in any letter case, or NULL; 1 <= len <
 * DT_KEY_BYTES, and DT_KEY_BYTES bytes from w may be read.  The word is
 * compared as two 8-byte halves with bit 0x20 of each byte set, which
 * lower-cases a letter and keeps the lexicon's other bytes (period,
 * apostrophe): only control characters, which no word holds, would fold
 * onto those.  No folded byte is zero, so equal halves mean equal lengths.
 * The home slot is a multiplicative hash of the halves
 * (scripts/dates_lexicon_slots.py computes the same).
 */
static inline const dt_entry *
dt_lexicon_find_readable(const char *w, size_t len)
{
	const uint64_t fold = UINT64_C(0x2020202020202020);
	uint64_t	lo = (dt_load_bytes(w) | fold) & dt_word_masks[len][0];
	uint64_t	hi = (dt_load_bytes(w + 8) | fold) & dt_word_masks[len][1];
	uint32_t	slot = (uint32_t) (((lo ^ hi) * UINT64_C(0x9E3779B97F4A7C15)) >> 54);

	while (dt_lexicon_slots[slot] != 0)
	{
		const dt_entry *e = &dt_lexicon[(size_t) dt_lexicon_slots[slot] - 1];

		if (dt_load_bytes(e->word) == lo && dt_load_bytes(e->word + 8) == hi)
			return e;
		slot = (slot + 1) & (DT_LEXICON_SLOTS - 1);
	}
	return NULL;
}

/* Sets u's class and value from entry e (DT_OTHER when NULL) and adds its flags. */
static inline void
dt_set_class(dt_unit *u, const dt_entry *e)
{
	u->cls = e != NULL ? e->cls : DT_OTHER;
	u->val = e != NULL ? e->val : 0;
	u->flags |= e != NULL ? e->flags : 0;
}

/* Classifies w[0, len) as a word found without its final period (DT_F_DOT), or DT_OTHER. */
void		dt_classify_without_period(const char *w, size_t len, dt_unit *u);

/*
 * dt_classify_word() of a word that does not start with a right single
 * quote (’) and has DT_KEY_BYTES bytes readable from w: the word, or the
 * word without its final period.
 */
static inline void
dt_classify_readable_word(const char *w, size_t len, dt_unit *u)
{
	const dt_entry *e;

	if (len == 0 || len > DT_WORD_MAX + 1)
	{
		dt_set_class(u, NULL);
		return;
	}
	e = dt_lexicon_find_readable(w, len);
	if (e == NULL && w[len - 1] == '.' && len > 1)
		dt_classify_without_period(w, len - 1, u);
	else
		dt_set_class(u, e);
}

#endif							/* PA_DATES_LEXICON_FIND_H */
