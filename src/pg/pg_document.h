/*
 * pg_document.h: runs the core over one text argument inside PostgreSQL.
 *
 * Everything the analysis allocates lives in a memory context of its own,
 * deleted by pa_pg_document_close (or with its parent when an error is
 * raised).  Interrupts are honoured while the core runs, and core failures
 * become errors with a SQLSTATE.
 */
#ifndef PA_PG_DOCUMENT_H
#define PA_PG_DOCUMENT_H

#include "pg_text.h"

typedef struct pa_pg_document
{
	MemoryContext memory;		/* holds the arena blocks and text copies */
	pa_arena	arena;
	pa_pg_text	text;
	pa_document doc;
	pa_progress progress;		/* honours interrupts; for the later stages too */
} pa_pg_document;

/* Converts, validates, tokenizes and segments body; raises on failure. */
void		pa_pg_document_open(pa_pg_document *pd, text *body);

/*
 * Raises the error that matches status when a stage run on pd's document
 * (with pd's arena and progress) failed; returns on PA_OK.
 */
void		pa_pg_document_check(const pa_pg_document *pd, pa_status status);

/* Frees everything the analysis allocated. */
void		pa_pg_document_close(pa_pg_document *pd);

#endif							/* PA_PG_DOCUMENT_H */
