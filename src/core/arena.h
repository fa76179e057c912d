/*
 * arena.h: a bump allocator over memory that the caller supplies.
 *
 * The core never calls malloc itself.  The caller hands in a pa_allocator
 * (palloc in a memory context inside PostgreSQL, malloc in the command line
 * tool); the arena takes large blocks from it and gives them back all at
 * once in pa_arena_release.  Nothing is freed piecemeal.
 */
#ifndef PA_ARENA_H
#define PA_ARENA_H

#include <stddef.h>

typedef struct pa_allocator
{
	/* Returns a block of at least size bytes, or NULL when memory runs out. */
	void	   *(*alloc) (void *ctx, size_t size);
	/* Gives a block back; may be NULL when the caller frees everything itself. */
	void		(*free) (void *ctx, void *block);
	void	   *ctx;
} pa_allocator;

typedef struct pa_arena_block pa_arena_block;

typedef struct pa_arena
{
	pa_allocator allocator;
	pa_arena_block *blocks;		/* newest first */
	char	   *cursor;			/* next free byte in the newest block */
	char	   *limit;			/* end of the newest block */
	size_t		total;			/* bytes taken from the allocator */
} pa_arena;

void		pa_arena_init(pa_arena *arena, pa_allocator allocator);

/* Returns size bytes aligned for any type, or NULL when the allocator fails. */
void	   *pa_arena_alloc(pa_arena *arena, size_t size);

/* Returns room for count elements of elem_size bytes; NULL on overflow too. */
void	   *pa_arena_alloc_array(pa_arena *arena, size_t count, size_t elem_size);

/*
 * Copies array, which holds count elements, into a new array with room for
 * twice *capacity elements (16 when *capacity is 0) and sets *capacity to
 * that.  Returns the new array, or NULL when memory runs out or the size
 * overflows (then array and *capacity are unchanged).
 */
void	   *pa_arena_grow_array(pa_arena *arena, void *array, size_t count,
								size_t *capacity, size_t elem_size);

/* Gives every block back to the allocator; the arena may be used again. */
void		pa_arena_release(pa_arena *arena);

#endif							/* PA_ARENA_H */
