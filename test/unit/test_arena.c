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

UNIT_TEST(arena_grow_array_keeps_contents_and_doubles)
{
	pa_arena	arena;
	int		   *values = NULL;
	size_t		count = 0;
	size_t		capacity = 0;
	size_t		grows = 0;
	int			intact = 1;

	pa_arena_init(&arena, unit_allocator());
	for (int v = 0; v < 1000; v++)
	{
		if (count == capacity)
		{
			size_t		before = capacity;
			int		   *grown = pa_arena_grow_array(&arena, values, count, &capacity, sizeof(int));

			CHECK(grown != NULL && grown != values);
			if (grown == NULL)
				break;
			CHECK(capacity == (before == 0 ? 16 : before * 2));
			for (size_t k = 0; k < count; k++)
				intact &= grown[k] == (int) k;
			values = grown;
			grows++;
		}
		values[count++] = v;
	}
	CHECK(intact);
	CHECK_EQ_LONG(count, 1000);
	CHECK_EQ_LONG(capacity, 1024);
	CHECK_EQ_LONG(grows, 7);	/* 16, 32, 64, 128, 256, 512, 1024 */
	for (size_t k = 0; k < count; k++)
		intact &= values[k] == (int) k;
	CHECK(intact);
	pa_arena_release(&arena);
}

UNIT_TEST(arena_grow_array_failure_leaves_array_alone)
{
	pa_arena	arena;
	pa_arena	failing;
	char		stack[4] = "abc";
	size_t		capacity = SIZE_MAX / 2 + 1;

	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_arena_grow_array(&arena, stack, 3, &capacity, 1) == NULL);
	CHECK(capacity == SIZE_MAX / 2 + 1);
	capacity = SIZE_MAX / 8;
	CHECK(pa_arena_grow_array(&arena, stack, 3, &capacity, 8) == NULL);
	CHECK(capacity == SIZE_MAX / 8);
	pa_arena_release(&arena);

	pa_arena_init(&failing, (pa_allocator) {failing_alloc, NULL, NULL});
	capacity = 4;
	CHECK(pa_arena_grow_array(&failing, stack, 3, &capacity, 1) == NULL);
	CHECK(capacity == 4 && strcmp(stack, "abc") == 0);
	pa_arena_release(&failing);
}
