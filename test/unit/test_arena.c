/*
 * test_arena.c: the bump allocator.
 */
#include <stdint.h>
#include <stdio.h>

#include "unit.h"

UNIT_TEST(arena_allocations_are_aligned_and_distinct)
{
	pa_arena	arena;
	char	   *a,
			   *b;

	pa_arena_init(&arena, unit_allocator());
	a = pa_arena_alloc(&arena, 3);
	b = pa_arena_alloc(&arena, 1);
	CHECK(a != NULL && b != NULL);
	CHECK(((uintptr_t) a % 16) == 0 && ((uintptr_t) b % 16) == 0);
	CHECK(b >= a + 3);
	pa_arena_release(&arena);
	CHECK(arena.total == 0 && arena.blocks == NULL);
}

UNIT_TEST(arena_grows_past_one_block)
{
	pa_arena	arena;
	size_t		big = 5 * 1024 * 1024;
	char	   *p;

	pa_arena_init(&arena, unit_allocator());
	for (int i = 0; i < 100; i++)
		CHECK(pa_arena_alloc(&arena, 10000) != NULL);
	p = pa_arena_alloc(&arena, big);
	CHECK(p != NULL);
	memset(p, 1, big);
	CHECK(arena.total >= big + 100 * 10000);
	pa_arena_release(&arena);
}

UNIT_TEST(arena_array_overflow_is_refused)
{
	pa_arena	arena;

	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_arena_alloc_array(&arena, SIZE_MAX / 2, 4) == NULL);
	CHECK(pa_arena_alloc(&arena, SIZE_MAX - 3) == NULL);
	pa_arena_release(&arena);
}

static void *
failing_alloc(void *ctx, size_t size)
{
	(void) ctx;
	(void) size;
	return NULL;
}

UNIT_TEST(arena_reports_allocator_failure)
{
	pa_arena	arena;

	pa_arena_init(&arena, (pa_allocator) {failing_alloc, NULL, NULL});
	CHECK(pa_arena_alloc(&arena, 8) == NULL);
	pa_arena_release(&arena);
}
