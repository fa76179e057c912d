/*
 * pg_entities.h: the entity stage inside PostgreSQL: the model and the
 * lexicons, loaded once per backend, and the tagger run over a document.
 *
 * The data lives in SHAREDIR/extension/pg_article/: models/entities.model
 * and lexicons/NAME.txt (one category per file, named after the file), as
 * `make install` puts them.  It is read on first use into a memory context
 * under TopMemoryContext and kept, read-only, until the backend exits.
 *
 * This header does not include the tagger's headers: the quote stage's
 * header declares a pa_entity_type of its own, so a file may include only
 * one of them.
 */
#ifndef PA_PG_ENTITIES_H
#define PA_PG_ENTITIES_H

#include "pg_document.h"

struct pa_entity_list;

/*
 * Runs the entity stage over pd's document into *out (in pd's arena),
 * loading the data first if needed; raises on failure.
 */
void		pa_pg_entities_find(pa_pg_document *pd, struct pa_entity_list *out);

/*
 * What article_version() says of the data: the model's format, checksum
 * and description, the lexicons' count, names and checksum.  Loads the
 * data if needed.
 */
const char *pa_pg_entity_data_version(void);

#endif							/* PA_PG_ENTITIES_H */
