/*
 * main.c: runs every registered unit test and prints the tally.
 */
#include <stdio.h>
#include <stdlib.h>

#include "unit.h"

#define MAX_TESTS 1024

typedef struct unit_entry
{
	const char *name;
	unit_test_fn fn;
} unit_entry;

static unit_entry tests[MAX_TESTS];
static int	test_count;
static int	current_failed;

/* Called by each UNIT_TEST's constructor. */
void
unit_register(const char *name, unit_test_fn fn)
{
	if (test_count < MAX_TESTS)
		tests[test_count++] = (unit_entry) {name, fn};
}

/* Records a failed check of the running test. */
void
unit_fail(const char *file, int line, const char *what)
{
	printf("#   %s:%d: check failed: %s\n", file, line, what);
	current_failed = 1;
}

/* Records a failed string comparison, showing both strings. */
void
unit_fail_strings(const char *file, int line, const char *what,
				  const char *got, const char *expected)
{
	printf("#   %s:%d: check failed: %s\n#     got:      %s\n#     expected: %s\n",
		   file, line, what, got, expected);
	current_failed = 1;
}

static void *
unit_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

static void
unit_free(void *ctx, void *block)
{
	(void) ctx;
	free(block);
}

/* See unit.h. */
pa_allocator
unit_allocator(void)
{
	return (pa_allocator) {unit_alloc, unit_free, NULL};
}

int
main(void)
{
	int			passed = 0,
				failed = 0;

	for (int i = 0; i < test_count; i++)
	{
		current_failed = 0;
		tests[i].fn();
		printf("%s %d - %s\n", current_failed ? "not ok" : "ok", i + 1, tests[i].name);
		if (current_failed)
			failed++;
		else
			passed++;
	}
	if (test_count == 0)
		failed++;				/* a run with no test is a failure */
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed == 0 ? 0 : 1;
}
