/*
 * unit.h: a small unit test harness for the core.  Each test file defines
 * tests with UNIT_TEST(name) { ... }; they register themselves at start-up,
 * so adding a file to test/unit/ is all it takes.  main.c runs them all and
 * prints "unit: N passed, N failed".
 */
#ifndef PA_UNIT_H
#define PA_UNIT_H

#include <stddef.h>
#include <string.h>

#include "arena.h"

typedef void (*unit_test_fn) (void);

void		unit_register(const char *name, unit_test_fn fn);
void		unit_fail(const char *file, int line, const char *what);
void		unit_fail_strings(const char *file, int line, const char *what,
							  const char *got, const char *expected);

/* A malloc-backed allocator for the arena under test. */
pa_allocator unit_allocator(void);

#define UNIT_TEST(name) \
	static void name(void); \
	__attribute__((constructor)) static void register_##name(void) \
	{ unit_register(#name, name); } \
	static void name(void)

#define CHECK(cond) \
	do { if (!(cond)) unit_fail(__FILE__, __LINE__, #cond); } while (0)

#define CHECK_EQ_LONG(a, b) \
	do { long long a_ = (long long) (a), b_ = (long long) (b); \
		 if (a_ != b_) { char m_[256]; \
			 snprintf(m_, sizeof(m_), "%s == %s (%lld != %lld)", #a, #b, a_, b_); \
			 unit_fail(__FILE__, __LINE__, m_); } } while (0)

#define CHECK_EQ_STR(a, b) \
	do { const char *a_ = (a), *b_ = (b); \
		 if (strcmp(a_, b_) != 0) unit_fail_strings(__FILE__, __LINE__, #a " == " #b, a_, b_); \
	} while (0)

#endif							/* PA_UNIT_H */
