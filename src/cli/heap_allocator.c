/*
 * heap_allocator.c: malloc and free behind the core's allocator interface.
 */
#include "heap_allocator.h"

#include <stdlib.h>

/* malloc behind the core's allocator interface. */
static void *
heap_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

/* free behind the core's allocator interface. */
static void
heap_free(void *ctx, void *block)
{
	(void) ctx;
	free(block);
}

/* See heap_allocator.h. */
pa_allocator
cli_heap_allocator(void)
{
	pa_allocator heap = {heap_alloc, heap_free, NULL};

	return heap;
}
