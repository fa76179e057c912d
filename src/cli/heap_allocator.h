/*
 * heap_allocator.h: the core's allocator interface over malloc and free,
 * for the command line tool and the tools built on it.
 */
#ifndef CLI_HEAP_ALLOCATOR_H
#define CLI_HEAP_ALLOCATOR_H

#include "arena.h"

/* An allocator over malloc and free. */
pa_allocator cli_heap_allocator(void);

#endif							/* CLI_HEAP_ALLOCATOR_H */
