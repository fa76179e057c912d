/*
 * pg_document.c: the core's allocator, progress callback and error
 * reporting, as PostgreSQL provides them.
 */
#include "pg_document.h"

#include "miscadmin.h"
#include "utils/memutils.h"

/* Arena block allocator: huge allocations that return NULL when memory runs out. */
static void *
context_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocExtended((MemoryContext) ctx, size,
									  MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

/* Progress callback: lets statement_timeout and cancel requests through. */
static int
check_interrupts(void *ctx)
{
	CHECK_FOR_INTERRUPTS();
	return 0;
}

/* Raises the error that matches a failed core status. */
static void
report_core_failure(pa_status status, const pa_pg_text *t, size_t bad_offset)
{
	switch (status)
	{
		case PA_ERR_NOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory while analysing a text of %zu bytes",
							t->utf8_len)));
			break;
		case PA_ERR_INVALID_UTF8:
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("invalid byte sequence for encoding \"UTF8\" at byte %zu of the text",
							bad_offset + 1),
					 t->unit == PA_POS_BYTES ?
					 errhint("In a SQL_ASCII database pg_article reads text as UTF-8.") : 0));
			break;
		case PA_ERR_TOO_LONG:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("text of %zu bytes is too long to analyse", t->utf8_len)));
			break;
		default:
			elog(ERROR, "pg_article analysis failed: %s", pa_status_message(status));
	}
}

/* See pg_document.h. */
void
pa_pg_document_open(pa_pg_document *pd, text *body)
{
	pa_allocator allocator;
	MemoryContext caller;
	pa_status	status;
	size_t		bad_offset = 0;

	pd->memory = AllocSetContextCreate(CurrentMemoryContext, "pg_article document",
									   ALLOCSET_DEFAULT_SIZES);
	caller = MemoryContextSwitchTo(pd->memory);

	allocator.alloc = context_alloc;
	allocator.free = NULL;		/* the context goes away as a whole */
	allocator.ctx = pd->memory;
	pa_arena_init(&pd->arena, allocator);
	pd->progress.tick = check_interrupts;
	pd->progress.ctx = NULL;

	pa_pg_text_init(&pd->text, body);
	status = pa_document_analyze(&pd->doc, pd->text.utf8, pd->text.utf8_len,
								 &pd->arena, &pd->progress, &bad_offset);
	if (status != PA_OK)
		report_core_failure(status, &pd->text, bad_offset);
	pa_pg_text_check_char_count(&pd->text, pd->doc.char_count);

	MemoryContextSwitchTo(caller);
}

/* See pg_document.h. */
void
pa_pg_document_check(const pa_pg_document *pd, pa_status status)
{
	if (status != PA_OK)
		report_core_failure(status, &pd->text, 0);
}

/* See pg_document.h. */
void
pa_pg_document_close(pa_pg_document *pd)
{
	MemoryContextDelete(pd->memory);
	pd->memory = NULL;
}
