/*
 * pg_article.c: module entry and article_version().
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "../core/document.h"
#include "pg_article.h"
#include "pg_entities.h"

PG_MODULE_MAGIC;

/* PA_EXTENSION_VERSION comes from the Makefile's EXTVERSION, like the install script's name. */

PG_FUNCTION_INFO_V1(article_version);

/* See pg_article.h. */
char *
pa_pg_version_line(void)
{
	return psprintf("pg_article " PA_EXTENSION_VERSION " (core " PA_CORE_VERSION ", models: %s)",
					pa_pg_entity_data_version());
}

/* Returns the extension, core, model and lexicon versions as one line of text. */
Datum
article_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(pa_pg_version_line()));
}
