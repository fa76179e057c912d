/*
 * pg_article.c: module entry and article_version().
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "../core/document.h"
#include "pg_entities.h"

PG_MODULE_MAGIC;

/* PA_EXTENSION_VERSION comes from the Makefile's EXTVERSION, like the install script's name. */

PG_FUNCTION_INFO_V1(article_version);

/*
 * Returns the extension, core, model and lexicon versions as one line of
 * text (loading the entity data, so the line names what the functions use).
 */
Datum
article_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("pg_article " PA_EXTENSION_VERSION
											  " (core " PA_CORE_VERSION ", models: %s)",
											  pa_pg_entity_data_version())));
}
