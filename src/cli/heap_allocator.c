/*
 * heap_allocator.c: malloc and free behind the core's allocator interface.
 */
#define _DEFAULT_SOURCE			/* madvise */

#include "heap_allocator.h"

#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

/* The huge page size of x86-64 and of 64-bit ARM with 4 KB pages. */
#define HUGE_PAGE_SIZE ((uintptr_t) 2 * 1024 * 1024)

/* Blocks from this size on ask for huge pages. */
#define HUGE_PAGE_MIN (8 * HUGE_PAGE_SIZE)

/* See heap_allocator.h. */
void
cli_advise_huge_pages(void *block, size_t size)
{
#if defined(MADV_HUGEPAGE)
	uintptr_t	start = ((uintptr_t) block + HUGE_PAGE_SIZE - 1) & ~(HUGE_PAGE_SIZE - 1);
	uintptr_t	end = ((uintptr_t) block + size) & ~(HUGE_PAGE_SIZE - 1);

	/* only advice: where the kernel declines, the memory stays as it was */
	if (size >= HUGE_PAGE_MIN && end > start)
		(void) madvise((void *) start, end - start, MADV_HUGEPAGE);
#else
	(void) block;
	(void) size;
#endif
}

/* malloc behind the core's allocator interface; large blocks ask for huge pages. */
static void *
heap_alloc(void *ctx, size_t size)
{
	void	   *block = malloc(size);

	(void) ctx;
	if (block != NULL)
		cli_advise_huge_pages(block, size);
	return block;
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
