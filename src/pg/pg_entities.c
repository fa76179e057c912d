/*
 * pg_entities.c: loading the entity model and lexicons once per backend,
 * and running the entity stage (see pg_entities.h).
 */
#include "pg_entities.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "miscadmin.h"
#include "port/pg_crc32c.h"
#include "portability/instr_time.h"
#include "storage/fd.h"
#include "utils/memutils.h"

#include "../core/ner_entities.h"
#include "../core/utf8.h"

#define DATA_SUBDIR "extension/pg_article"
#define MODEL_FILE "models/entities.model"
#define LEXICON_DIR "lexicons"

/* The model and lexicons of this backend, read-only once loaded. */
typedef struct entity_data
{
	MemoryContext memory;		/* holds everything below */
	pa_ner_model model;			/* points into model_image */
	void	   *model_image;
	pa_arena	arena;			/* holds the lexicon trie */
	pa_lexicon	lexicon;
	char	   *version;		/* for article_version() */
} entity_data;

static entity_data *loaded;

/* Arena blocks from the context in ctx; NULL when memory runs out. */
static void *
context_block(void *ctx, size_t size)
{
	return MemoryContextAllocExtended((MemoryContext) ctx, size,
									  MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

/* An arena over a memory context. */
static void
arena_in(pa_arena *arena, MemoryContext memory)
{
	pa_allocator allocator = {context_block, NULL, memory};

	pa_arena_init(arena, allocator);
}

/* The whole file at path, palloc'd (8-byte aligned) with a NUL after it; its size in *len. */
static char *
read_data_file(const char *path, size_t *len)
{
	int			fd = OpenTransientFile(path, O_RDONLY | PG_BINARY);
	struct stat st;
	char	   *bytes;
	size_t		done = 0;

	if (fd < 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not open pg_article data file \"%s\": %m", path),
				 errhint("The entity model and lexicons are installed by \"make install\".")));
	if (fstat(fd, &st) < 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not stat pg_article data file \"%s\": %m", path)));
	bytes = MemoryContextAllocHuge(CurrentMemoryContext, (Size) st.st_size + 1);
	while (done < (size_t) st.st_size)
	{
		ssize_t		n = read(fd, bytes + done, (size_t) st.st_size - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			ereport(ERROR,
					(errcode_for_file_access(),
					 errmsg("could not read pg_article data file \"%s\": %m", path)));
		done += (size_t) n;
	}
	CloseTransientFile(fd);
	bytes[done] = '\0';
	*len = done;
	return bytes;
}

/* Reads and checks the model file; returns its CRC-32C. */
static pg_crc32c
load_model(entity_data *data, const char *dir)
{
	char	   *path = psprintf("%s/" MODEL_FILE, dir);
	size_t		len;
	const char *problem;
	pg_crc32c	crc;

	data->model_image = read_data_file(path, &len);
	problem = pa_ner_model_open(&data->model, data->model_image, len);
	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("pg_article entity model file \"%s\" is unusable: %s", path, problem),
				 errhint("Reinstall pg_article, or rebuild the model with \"make model\".")));
	INIT_CRC32C(crc);
	COMP_CRC32C(crc, data->model_image, len);
	FIN_CRC32C(crc);
	return crc;
}

/* qsort order of file names, as strcmp gives it (the command line tool's order too). */
static int
compare_file_names(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* The *.txt files of dir, sorted; their count in *count. */
static char **
lexicon_file_names(const char *dir, int *count)
{
	char	  **names = palloc(sizeof(char *) * (PA_LEXICON_MAX_CATEGORIES + 1));
	DIR		   *d = AllocateDir(dir);
	struct dirent *e;

	*count = 0;
	while ((e = ReadDir(d, dir)) != NULL)
	{
		size_t		len = strlen(e->d_name);

		if (len <= 4 || strcmp(e->d_name + len - 4, ".txt") != 0)
			continue;
		if (*count == PA_LEXICON_MAX_CATEGORIES)
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("pg_article lexicon directory \"%s\" has more than %d lexicons",
							dir, PA_LEXICON_MAX_CATEGORIES)));
		names[(*count)++] = pnstrdup(e->d_name, len - 4);
	}
	FreeDir(d);
	if (*count == 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FILE),
				 errmsg("pg_article lexicon directory \"%s\" has no lexicon (*.txt) files", dir)));
	qsort(names, *count, sizeof(char *), compare_file_names);
	return names;
}

/*
 * Reads every lexicon of dir and builds the trie in data's arena; the files
 * and the scratch space go away with a temporary context.  Returns the
 * lexicons' count in *count and their CRC-32C.
 */
static pg_crc32c
load_lexicons(entity_data *data, const char *dir, int *count)
{
	MemoryContext scratch_memory = AllocSetContextCreate(CurrentMemoryContext,
														 "pg_article lexicon files",
														 ALLOCSET_DEFAULT_SIZES);
	MemoryContext caller = MemoryContextSwitchTo(scratch_memory);
	char	   *lexicon_dir = psprintf("%s/" LEXICON_DIR, dir);
	char	  **names = lexicon_file_names(lexicon_dir, count);
	pa_lexicon_source sources[PA_LEXICON_MAX_CATEGORIES];
	pa_arena	scratch;
	pa_status	status;
	pg_crc32c	crc;

	INIT_CRC32C(crc);
	for (int i = 0; i < *count; i++)
	{
		char	   *path = psprintf("%s/%s.txt", lexicon_dir, names[i]);
		size_t		bad;

		sources[i].name = names[i];
		sources[i].text = read_data_file(path, &sources[i].len);
		if (!pa_utf8_validate(sources[i].text, sources[i].len, &bad))
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("pg_article lexicon file \"%s\" is not valid UTF-8 at byte %zu",
							path, bad + 1)));
		COMP_CRC32C(crc, names[i], strlen(names[i]) + 1);
		COMP_CRC32C(crc, sources[i].text, sources[i].len);
	}
	FIN_CRC32C(crc);

	arena_in(&data->arena, data->memory);
	arena_in(&scratch, scratch_memory);
	status = pa_lexicon_build(&data->lexicon, sources, *count, &data->arena, &scratch);
	if (status == PA_ERR_NOMEM)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory while building the pg_article lexicons")));
	if (status != PA_OK)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("pg_article lexicons in \"%s\" are unusable: %s",
						lexicon_dir, pa_status_message(status))));

	MemoryContextSwitchTo(caller);
	MemoryContextDelete(scratch_memory);
	return crc;
}

/* CPU time this process has used, in milliseconds. */
static double
cpu_milliseconds(void)
{
	struct rusage usage;

	getrusage(RUSAGE_SELF, &usage);
	return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
		(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/*
 * Loads the model and lexicons.  They are built in a context under the
 * caller's, which an error deletes with it; only a complete load moves
 * under TopMemoryContext and is kept.
 */
static entity_data *
load_entity_data(void)
{
	MemoryContext memory = AllocSetContextCreate(CurrentMemoryContext, "pg_article entity data",
												 ALLOCSET_DEFAULT_SIZES);
	MemoryContext caller = MemoryContextSwitchTo(memory);
	entity_data *data = palloc0(sizeof(entity_data));
	char		share[MAXPGPATH];
	char	   *dir;
	pg_crc32c	model_crc,
				lexicon_crc;
	int			lexicon_count;
	instr_time	started,
				elapsed;
	double		cpu_started = cpu_milliseconds();

	INSTR_TIME_SET_CURRENT(started);
	data->memory = memory;
	get_share_path(my_exec_path, share);
	dir = psprintf("%s/" DATA_SUBDIR, share);
	model_crc = load_model(data, dir);
	lexicon_crc = load_lexicons(data, dir, &lexicon_count);
	data->version = psprintf("entities format %u crc32c %08x \"%s\"; lexicons %d lists %zu names crc32c %08x",
							 data->model.header->format, model_crc, data->model.header->description,
							 lexicon_count, data->lexicon.name_count, lexicon_crc);
	pfree(dir);
	MemoryContextSwitchTo(caller);
	MemoryContextSetParent(memory, TopMemoryContext);

	INSTR_TIME_SET_CURRENT(elapsed);
	INSTR_TIME_SUBTRACT(elapsed, started);
	elog(DEBUG1, "pg_article: entity model and %d lexicons loaded in %.1f ms (%.1f ms of CPU), %zu kB of memory",
		 lexicon_count, INSTR_TIME_GET_MILLISEC(elapsed), cpu_milliseconds() - cpu_started,
		 (size_t) (MemoryContextMemAllocated(memory, true) / 1024));
	return data;
}

/* The data, loaded on first use. */
static const entity_data *
entity_data_get(void)
{
	if (loaded == NULL)
		loaded = load_entity_data();
	return loaded;
}

/* See pg_entities.h. */
void
pa_pg_entities_find(pa_pg_document *pd, struct pa_entity_list *out)
{
	const entity_data *data = entity_data_get();

	pa_pg_document_check(pd, pa_entities_find(&pd->doc, &data->model, &data->lexicon,
											   &pd->arena, &pd->progress, out));
}

/* See pg_entities.h. */
const char *
pa_pg_entity_data_version(void)
{
	return entity_data_get()->version;
}
