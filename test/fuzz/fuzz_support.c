/*
 * fuzz_support.c: allocator, progress callback and input-derived numbers
 * for the libFuzzer target (see fuzz_support.h).
 */
#include "fuzz_support.h"

/* malloc, counted, failing on request. */
static void *
heap_alloc(void *ctx, size_t size)
{
	counting_heap *heap = ctx;

	if (heap->allocations >= heap->fail_after)
		return NULL;
	heap->allocations++;
	return malloc(size);
}

/* free behind the allocator interface. */
static void
heap_free(void *ctx, void *block)
{
	(void) ctx;
	free(block);
}

/* See fuzz_support.h. */
pa_allocator
fuzz_allocator(counting_heap *heap)
{
	pa_allocator allocator = {heap_alloc, heap_free, heap};

	return allocator;
}

/* Counts a tick; nonzero asks the core to stop. */
static int
tick(void *ctx)
{
	ticker	   *t = ctx;

	return ++t->ticks >= t->cancel_at;
}

/* See fuzz_support.h. */
const pa_progress *
fuzz_progress(ticker *ticks, pa_progress *storage)
{
	if (ticks == NULL)
		return NULL;
	storage->tick = tick;
	storage->ctx = ticks;
	return storage;
}

/* See fuzz_support.h: FNV-1a over the salt and the bytes. */
size_t
fuzz_pick(const uint8_t *data, size_t size, uint32_t salt, size_t limit)
{
	uint32_t	h = (2166136261u ^ salt) * 16777619u;

	for (size_t i = 0; i < size; i++)
		h = (h ^ data[i]) * 16777619u;
	return limit == 0 ? 0 : h % (limit + 1);
}
