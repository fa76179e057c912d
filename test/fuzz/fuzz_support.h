/*
 * fuzz_support.h: what the libFuzzer target's parts share: the invariant
 * check, an allocator that fails on request, a progress callback that
 * cancels on request, and numbers picked from the input bytes.
 */
#ifndef FUZZ_SUPPORT_H
#define FUZZ_SUPPORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "document.h"

/* Aborts with the violated invariant; libFuzzer saves the input. */
#define CHECK(cond) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "invariant violated at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
			abort(); \
		} \
	} while (0)

/* An allocator that fails once it has handed out fail_after blocks. */
typedef struct counting_heap
{
	size_t		allocations;
	size_t		fail_after;		/* SIZE_MAX: never fail */
} counting_heap;

/* A progress callback that counts its calls and cancels at cancel_at. */
typedef struct ticker
{
	size_t		ticks;
	size_t		cancel_at;		/* SIZE_MAX: never cancel */
} ticker;

/* An allocator over heap (malloc, counted, failing on request). */
pa_allocator fuzz_allocator(counting_heap *heap);

/* A progress callback over ticks, or NULL when ticks is NULL (storage holds it). */
const pa_progress *fuzz_progress(ticker *ticks, pa_progress *storage);

/* A number in [0, limit] picked from the input (salted), so each input is reproducible. */
size_t		fuzz_pick(const uint8_t *data, size_t size, uint32_t salt, size_t limit);

/* True for a UTF-8 continuation byte. */
static inline int
fuzz_is_continuation(const char *text, size_t pos)
{
	return ((unsigned char) text[pos] & 0xC0) == 0x80;
}

#endif							/* FUZZ_SUPPORT_H */
