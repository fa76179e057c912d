/*
 * heap_allocator.h: the core's allocator interface over malloc and free,
 * for the command line tool and the tools built on it.
 */
#ifndef CLI_HEAP_ALLOCATOR_H
#define CLI_HEAP_ALLOCATOR_H

#include "arena.h"

/*
 * Asks the kernel to back a large block with huge pages where it can
 * (Linux transparent huge pages): a huge document's token array and input
 * then take a few hundred page faults instead of tens of thousands.  Small
 * blocks and systems without the advice are left alone.
 */
void		cli_advise_huge_pages(void *block, size_t size);

/* An allocator over malloc and free; large blocks get cli_advise_huge_pages. */
pa_allocator cli_heap_allocator(void);

#endif							/* CLI_HEAP_ALLOCATOR_H */
