/*
 * entities_data.h: finding and loading the entity model and the lexicons
 * for the command line tool and the trainer.
 *
 * The data directory holds models/entities.model and lexicons/NAME.txt (one
 * category per file, named after the file).  It is $PG_ARTICLE_DATA when
 * set, else data/ beside the executable (a build tree), else the
 * installed share directory.
 */
#ifndef CLI_ENTITIES_DATA_H
#define CLI_ENTITIES_DATA_H

#include <stddef.h>

#include "heap_allocator.h"
#include "lexicon.h"
#include "ner_model.h"

typedef struct cli_entity_data
{
	void	   *model_image;	/* the model file, kept for model */
	size_t		model_len;
	pa_ner_model model;
	pa_arena	arena;			/* holds the lexicon trie */
	pa_lexicon	lexicon;
} cli_entity_data;


/* The data directory (see above); the result is static or from getenv. */
const char *cli_entity_data_dir(void);

/* Builds the lexicon from every DIR/lexicons/NAME.txt; returns 0 with a message in err. */
int			cli_load_lexicon(pa_lexicon *lex, pa_arena *arena, const char *dir,
							 char *err, size_t err_len);

/* Loads the model and lexicons from dir; returns 0 with a message in err. */
int			cli_entity_data_load(cli_entity_data *data, const char *dir, char *err, size_t err_len);

/*
 * The model and lexicons of this process, loaded from cli_entity_data_dir()
 * on the first call and read-only after it; a missing or broken model ends
 * the run with a message.
 */
const cli_entity_data *cli_entity_data_shared(void);

/* Reads a whole file into malloc'd memory (8-byte aligned); returns NULL on error. */
void	   *cli_read_file(const char *path, size_t *len);

#endif							/* CLI_ENTITIES_DATA_H */
