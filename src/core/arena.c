/*
 * arena.c: bump allocation over caller-supplied blocks.
 */
#include "arena.h"

#include <stdint.h>
#include <string.h>

#define PA_ARENA_ALIGN 16
#define PA_ARENA_MIN_BLOCK (64 * 1024)
#define PA_ARENA_MIN_ARRAY 16

struct pa_arena_block
{
	pa_arena_block *next;
	size_t		size;
	/* followed by the usable bytes, aligned to PA_ARENA_ALIGN */
};

#define BLOCK_HEADER \
	((sizeof(pa_arena_block) + PA_ARENA_ALIGN - 1) & ~(size_t) (PA_ARENA_ALIGN - 1))

/* Sets up an empty arena over the given allocator. */
void
pa_arena_init(pa_arena *arena, pa_allocator allocator)
{
	arena->allocator = allocator;
	arena->blocks = NULL;
	arena->cursor = NULL;
	arena->limit = NULL;
	arena->total = 0;
}

/* Takes a new block big enough for size bytes; blocks grow with the arena. */
static int
arena_grow(pa_arena *arena, size_t size)
{
	size_t		want = arena->total < PA_ARENA_MIN_BLOCK ? PA_ARENA_MIN_BLOCK : arena->total;
	pa_arena_block *block;

	if (want < size)
		want = size;
	if (want > SIZE_MAX - BLOCK_HEADER)
		return 0;
	block = arena->allocator.alloc(arena->allocator.ctx, BLOCK_HEADER + want);
	if (block == NULL)
		return 0;
	block->next = arena->blocks;
	block->size = BLOCK_HEADER + want;
	arena->blocks = block;
	arena->cursor = (char *) block + BLOCK_HEADER;
	arena->limit = arena->cursor + want;
	arena->total += block->size;
	return 1;
}

/* Returns size bytes from the newest block, growing the arena when needed. */
void *
pa_arena_alloc(pa_arena *arena, size_t size)
{
	void	   *result;

	if (size > SIZE_MAX - PA_ARENA_ALIGN)
		return NULL;
	size = (size + PA_ARENA_ALIGN - 1) & ~(size_t) (PA_ARENA_ALIGN - 1);
	if (size == 0)
		size = PA_ARENA_ALIGN;
	if (arena->cursor == NULL || (size_t) (arena->limit - arena->cursor) < size)
	{
		if (!arena_grow(arena, size))
			return NULL;
	}
	result = arena->cursor;
	arena->cursor += size;
	return result;
}

/* Array allocation with an overflow check on count * elem_size. */
void *
pa_arena_alloc_array(pa_arena *arena, size_t count, size_t elem_size)
{
	if (elem_size != 0 && count > SIZE_MAX / elem_size)
		return NULL;
	return pa_arena_alloc(arena, count * elem_size);
}

/* Doubles an array's room by copying it into a new, larger one. */
void *
pa_arena_grow_array(pa_arena *arena, void *array, size_t count,
					size_t *capacity, size_t elem_size)
{
	size_t		want = *capacity == 0 ? PA_ARENA_MIN_ARRAY : *capacity * 2;
	void	   *grown;

	if (*capacity > SIZE_MAX / 2)
		return NULL;
	grown = pa_arena_alloc_array(arena, want, elem_size);
	if (grown == NULL)
		return NULL;
	if (count > 0)
		memcpy(grown, array, count * elem_size);
	*capacity = want;
	return grown;
}

/* Returns all blocks to the allocator and leaves the arena empty. */
void
pa_arena_release(pa_arena *arena)
{
	pa_arena_block *block = arena->blocks;

	while (block != NULL)
	{
		pa_arena_block *next = block->next;

		if (arena->allocator.free != NULL)
			arena->allocator.free(arena->allocator.ctx, block);
		block = next;
	}
	arena->blocks = NULL;
	arena->cursor = NULL;
	arena->limit = NULL;
	arena->total = 0;
}
