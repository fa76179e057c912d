/*
 * ner_keytab.h: a per-document hash table from 64-bit token keys to small
 * records, in arena memory.  Open addressing with linear probing; it never
 * grows, so it is sized for every key the document can hold.
 */
#ifndef PA_NER_KEYTAB_H
#define PA_NER_KEYTAB_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "status.h"

typedef struct ner_keytab
{
	uint64_t   *keys;			/* 0 = empty slot */
	size_t		mask;
} ner_keytab;

/* Makes a table for up to capacity keys; records are kept by the caller per slot. */
static inline pa_status
ner_keytab_init(ner_keytab *t, size_t capacity, pa_arena *arena)
{
	size_t		size = 16;

	while (size < 2 * capacity)
		size *= 2;
	t->keys = pa_arena_alloc_array(arena, size, sizeof(uint64_t));
	if (t->keys == NULL)
		return PA_ERR_NOMEM;
	memset(t->keys, 0, size * sizeof(uint64_t));
	t->mask = size - 1;
	return PA_OK;
}

/* Number of slots (the size of the caller's per-slot record arrays). */
static inline size_t
ner_keytab_size(const ner_keytab *t)
{
	return t->mask + 1;
}

/* The slot of key, claimed when new; *added tells which. */
static inline size_t
ner_keytab_slot(ner_keytab *t, uint64_t key, int *added)
{
	size_t		i;

	key |= 1;
	for (i = key & t->mask; t->keys[i] != 0; i = (i + 1) & t->mask)
	{
		if (t->keys[i] == key)
		{
			*added = 0;
			return i;
		}
	}
	t->keys[i] = key;
	*added = 1;
	return i;
}

/* The slot of key, or (size_t) -1 when absent. */
static inline size_t
ner_keytab_find(const ner_keytab *t, uint64_t key)
{
	key |= 1;
	for (size_t i = key & t->mask; t->keys[i] != 0; i = (i + 1) & t->mask)
	{
		if (t->keys[i] == key)
			return i;
	}
	return (size_t) -1;
}

#endif							/* PA_NER_KEYTAB_H */
