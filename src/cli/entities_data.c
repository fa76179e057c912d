/*
 * entities_data.c: loading the entity model and lexicons from files (see
 * entities_data.h).
 */
#include "entities_data.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MODEL_FILE "models/entities.model"
#define LEXICON_DIR "lexicons"

/* Reads a whole file; see entities_data.h. */
void *
cli_read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	struct stat st;
	char	   *buf;

	if (f == NULL)
		return NULL;
	if (fstat(fileno(f), &st) != 0 || st.st_size < 0 ||
		(buf = malloc((size_t) st.st_size + 1)) == NULL)
	{
		fclose(f);
		return NULL;
	}
	if (fread(buf, 1, (size_t) st.st_size, f) != (size_t) st.st_size)
	{
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[st.st_size] = '\0';
	*len = (size_t) st.st_size;
	return buf;
}

/* The data directory; see entities_data.h. */
const char *
cli_entity_data_dir(void)
{
	static char path[PATH_MAX];
	const char *env = getenv("PG_ARTICLE_DATA");
	ssize_t		n;
	char	   *slash;

	if (env != NULL && env[0] != '\0')
		return env;
	n = readlink("/proc/self/exe", path, sizeof(path) - 32);
	if (n > 0)
	{
		path[n] = '\0';
		slash = strrchr(path, '/');
		if (slash != NULL)
		{
			strcpy(slash + 1, "data/" MODEL_FILE);
			if (access(path, R_OK) == 0)
			{
				slash[5] = '\0';
				return path;
			}
		}
	}
#ifdef PA_SHARE_DIR
	return PA_SHARE_DIR "/pg_article";
#else
	return "data";
#endif
}

/* Orders file names for a stable category order. */
static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* Collects the *.txt names of dir, sorted; returns their count, -1 or max + 1 (too many). */
static int
list_lexicon_files(const char *dir, char **names, int max)
{
	DIR		   *d = opendir(dir);
	struct dirent *e;
	int			count = 0;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
	{
		size_t		len = strlen(e->d_name);

		if (len <= 4 || strcmp(e->d_name + len - 4, ".txt") != 0)
			continue;
		if (count == max)
		{
			closedir(d);
			for (int i = 0; i < count; i++)
				free(names[i]);
			return max + 1;
		}
		names[count++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, count, sizeof(char *), compare_names);
	return count;
}

/* Builds the lexicon; see entities_data.h. */
int
cli_load_lexicon(pa_lexicon *lex, pa_arena *arena, const char *dir, char *err, size_t err_len)
{
	char	   *names[PA_LEXICON_MAX_CATEGORIES];
	pa_lexicon_source sources[PA_LEXICON_MAX_CATEGORIES];
	char		path[PATH_MAX];
	pa_arena	scratch;
	int			count;
	int			ok = 1;
	pa_status	status;

	snprintf(path, sizeof(path), "%s/" LEXICON_DIR, dir);
	count = list_lexicon_files(path, names, PA_LEXICON_MAX_CATEGORIES);
	if (count < 0 || count > PA_LEXICON_MAX_CATEGORIES)
	{
		if (count < 0)
			snprintf(err, err_len, "cannot read %s: %s", path, strerror(errno));
		else
			snprintf(err, err_len, "%s holds more than %d lexicons", path, PA_LEXICON_MAX_CATEGORIES);
		return 0;
	}
	for (int i = 0; i < count; i++)
	{
		snprintf(path, sizeof(path), "%s/" LEXICON_DIR "/%s", dir, names[i]);
		names[i][strlen(names[i]) - 4] = '\0';
		sources[i].name = names[i];
		sources[i].text = cli_read_file(path, &sources[i].len);
		if (sources[i].text == NULL && ok)
		{
			snprintf(err, err_len, "cannot read %s", path);
			ok = 0;
		}
	}
	pa_arena_init(&scratch, cli_heap_allocator());
	if (ok && (status = pa_lexicon_build(lex, sources, count, arena, &scratch)) != PA_OK)
	{
		snprintf(err, err_len, "lexicons: %s", pa_status_message(status));
		ok = 0;
	}
	pa_arena_release(&scratch);
	for (int i = 0; i < count; i++)
	{
		free((void *) sources[i].text);
		free(names[i]);
	}
	return ok;
}

/* Loads the model and lexicons; see entities_data.h. */
int
cli_entity_data_load(cli_entity_data *data, const char *dir, char *err, size_t err_len)
{
	char		path[PATH_MAX];
	const char *problem;

	snprintf(path, sizeof(path), "%s/" MODEL_FILE, dir);
	data->model_image = cli_read_file(path, &data->model_len);
	if (data->model_image == NULL)
	{
		snprintf(err, err_len, "cannot read %s", path);
		return 0;
	}
	problem = pa_ner_model_open(&data->model, data->model_image, data->model_len);
	if (problem != NULL)
	{
		snprintf(err, err_len, "%s: %s", path, problem);
		return 0;
	}
	pa_arena_init(&data->arena, cli_heap_allocator());
	return cli_load_lexicon(&data->lexicon, &data->arena, dir, err, err_len);
}

/* See entities_data.h. */
const cli_entity_data *
cli_entity_data_shared(void)
{
	static cli_entity_data data;
	static int	loaded;
	char		err[512];

	if (!loaded)
	{
		if (!cli_entity_data_load(&data, cli_entity_data_dir(), err, sizeof(err)))
		{
			fprintf(stderr, "pg_article_cli: %s (set PG_ARTICLE_DATA to the data directory)\n", err);
			exit(EXIT_FAILURE);
		}
		loaded = 1;
	}
	return &data;
}
