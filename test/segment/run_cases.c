/*
 * run_cases.c: the sentence-segmentation suite.
 *
 * Reads case files (every .txt file of test/segment/cases by default, or the files and
 * directories named on the command line).  Each case starts with a line
 * "## name"; the lines after it, up to the next "##" line, are the text.
 * In the text, U+00A6 (broken bar) marks each expected sentence boundary and
 * U+00B6 (pilcrow) an expected paragraph boundary (which is a sentence
 * boundary too); both are removed before the text is analysed.  The
 * expected sentences are the pieces between markers, trimmed of white
 * space.  A case passes when pa_document_analyze returns exactly those
 * sentences (first token's start to last token's end) and, when the case
 * has a pilcrow, each sentence lies in the expected paragraph.
 *
 * Prints "not ok" with expected and got for each failure and ends with
 * "segmentation: N passed, N failed"; exits 1 when any case fails.
 * With -v it prints "ok" lines too.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "document.h"

#define DEFAULT_CASE_DIR "test/segment/cases"
#define SENTENCE_MARK "\xc2\xa6"	/* ¦ */
#define PARAGRAPH_MARK "\xc2\xb6"	/* ¶ */
#define MARK_BYTES 2

/* A byte range of a text. */
typedef struct span
{
	size_t		start;
	size_t		end;
} span;

/* One case with its markers taken out. */
typedef struct test_case
{
	char	   *name;
	char	   *text;			/* the text without markers */
	size_t		len;
	span	   *expected;		/* expected sentences, ranges of text */
	size_t	   *expected_paragraph;
	size_t		expected_count;
	int			check_paragraphs;
} test_case;

typedef struct tally
{
	int			passed;
	int			failed;
	int			verbose;
} tally;

/* malloc or exit: the runner is a test program, running out of memory ends it. */
static void *
xmalloc(size_t size)
{
	void	   *p = malloc(size == 0 ? 1 : size);

	if (p == NULL)
	{
		fprintf(stderr, "out of memory\n");
		exit(2);
	}
	return p;
}

/* The arena's allocator: plain malloc. */
static void *
arena_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

/* Gives an arena block back to malloc. */
static void
arena_free(void *ctx, void *block)
{
	(void) ctx;
	free(block);
}

/* Reads a whole file into a NUL-terminated buffer; NULL when unreadable. */
static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	size_t		cap = 65536,
				used = 0,
				n;

	if (f == NULL)
		return NULL;
	buf = xmalloc(cap);
	while ((n = fread(buf + used, 1, cap - used - 1, f)) > 0)
	{
		used += n;
		if (cap - used - 1 == 0)
		{
			char	   *grown = xmalloc(cap * 2);

			memcpy(grown, buf, used);
			free(buf);
			buf = grown;
			cap *= 2;
		}
	}
	fclose(f);
	buf[used] = '\0';
	*len = used;
	return buf;
}

/* Byte length of the white-space character at p (ASCII or Unicode), 0 when none. */
static size_t
space_length_at(const char *p, size_t avail)
{
	const unsigned char *u = (const unsigned char *) p;

	if (avail >= 1 && (u[0] == ' ' || (u[0] >= '\t' && u[0] <= '\r')))
		return 1;
	if (avail >= 2 && u[0] == 0xC2 && (u[1] == 0xA0 || u[1] == 0x85))
		return 2;				/* no-break space, next line */
	if (avail >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
		(u[2] <= 0x8A || u[2] == 0xA8 || u[2] == 0xA9 || u[2] == 0xAF))
		return 3;				/* U+2000..U+200A, line and paragraph separators, U+202F */
	if (avail >= 3 && ((u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0x9F) ||
					   (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)))
		return 3;				/* U+205F, ideographic space */
	return 0;
}

/* Byte length of the white-space character that ends [start, end), 0 when none. */
static size_t
space_length_before(const char *text, size_t start, size_t end)
{
	for (size_t n = 1; n <= 3 && n <= end - start; n++)
		if (space_length_at(text + end - n, n) == n)
			return n;
	return 0;
}

/* Appends the piece [start, end) of text, trimmed, as an expected sentence. */
static void
add_expected(test_case *tc, size_t start, size_t end, size_t paragraph)
{
	size_t		n;

	while (start < end && (n = space_length_at(tc->text + start, end - start)) > 0)
		start += n;
	while (end > start && (n = space_length_before(tc->text, start, end)) > 0)
		end -= n;
	if (end == start)
		return;
	tc->expected[tc->expected_count].start = start;
	tc->expected[tc->expected_count].end = end;
	tc->expected_paragraph[tc->expected_count] = paragraph;
	tc->expected_count++;
}

/*
 * Builds a case from its name and raw text (with markers): removes the
 * markers and records the expected sentences.
 */
static void
build_case(test_case *tc, const char *name, size_t name_len, const char *raw, size_t raw_len)
{
	size_t		pieces = 1;
	size_t		piece_start = 0;
	size_t		paragraph = 0;

	for (size_t i = 0; i + 1 < raw_len; i++)
		if (memcmp(raw + i, SENTENCE_MARK, MARK_BYTES) == 0 ||
			memcmp(raw + i, PARAGRAPH_MARK, MARK_BYTES) == 0)
			pieces++;
	tc->name = xmalloc(name_len + 1);
	memcpy(tc->name, name, name_len);
	tc->name[name_len] = '\0';
	tc->text = xmalloc(raw_len + 1);
	tc->len = 0;
	tc->expected = xmalloc(pieces * sizeof(span));
	tc->expected_paragraph = xmalloc(pieces * sizeof(size_t));
	tc->expected_count = 0;
	tc->check_paragraphs = 0;

	for (size_t i = 0; i < raw_len;)
	{
		int			sentence_mark = i + 1 < raw_len && memcmp(raw + i, SENTENCE_MARK, MARK_BYTES) == 0;
		int			paragraph_mark = i + 1 < raw_len && memcmp(raw + i, PARAGRAPH_MARK, MARK_BYTES) == 0;

		if (sentence_mark || paragraph_mark)
		{
			add_expected(tc, piece_start, tc->len, paragraph);
			piece_start = tc->len;
			if (paragraph_mark)
			{
				paragraph++;
				tc->check_paragraphs = 1;
			}
			i += MARK_BYTES;
			continue;
		}
		tc->text[tc->len++] = raw[i++];
	}
	add_expected(tc, piece_start, tc->len, paragraph);
	tc->text[tc->len] = '\0';
}

/* Frees what build_case allocated. */
static void
free_case(test_case *tc)
{
	free(tc->name);
	free(tc->text);
	free(tc->expected);
	free(tc->expected_paragraph);
}

/* Prints a text on one line between brackets, showing line breaks as \n. */
static void
print_escaped(const char *text, size_t len)
{
	putchar('[');
	for (size_t i = 0; i < len; i++)
	{
		if (text[i] == '\n')
			fputs("\\n", stdout);
		else if (text[i] == '\r')
			fputs("\\r", stdout);
		else
			putchar(text[i]);
	}
	putchar(']');
}

/* Prints the expected and the actual segmentation of a failed case. */
static void
report_failure(const test_case *tc, const pa_document *doc, pa_status status, const char *file)
{
	printf("not ok - %s: %s\n", file, tc->name);
	if (status != PA_OK)
	{
		printf("#   analysis failed: %s\n", pa_status_message(status));
		return;
	}
	printf("#   expected %zu sentence(s):\n", tc->expected_count);
	for (size_t k = 0; k < tc->expected_count; k++)
	{
		printf("#     %zu: ", tc->expected_paragraph[k]);
		print_escaped(tc->text + tc->expected[k].start, tc->expected[k].end - tc->expected[k].start);
		putchar('\n');
	}
	printf("#   got %zu sentence(s):\n", doc->segments.sentence_count);
	for (size_t k = 0; k < doc->segments.sentence_count; k++)
	{
		const pa_sentence *s = &doc->segments.sentences[k];
		const pa_token *first = pa_sentence_first(doc, s);
		const pa_token *last = pa_sentence_last(doc, s);

		printf("#     %u: ", s->paragraph);
		print_escaped(tc->text + first->start, last->end - first->start);
		putchar('\n');
	}
}

/* Whether the document's sentences are exactly the expected ones. */
static int
segmentation_matches(const test_case *tc, const pa_document *doc)
{
	if (doc->segments.sentence_count != tc->expected_count)
		return 0;
	for (size_t k = 0; k < tc->expected_count; k++)
	{
		const pa_sentence *s = &doc->segments.sentences[k];

		if (s->token_count == 0 ||
			pa_sentence_first(doc, s)->start != tc->expected[k].start ||
			pa_sentence_last(doc, s)->end != tc->expected[k].end)
			return 0;
		if (tc->check_paragraphs && s->paragraph != tc->expected_paragraph[k])
			return 0;
	}
	return 1;
}

/* Analyses one case and records the result. */
static void
run_case(const test_case *tc, const char *file, tally *t)
{
	pa_arena	arena;
	pa_document doc;
	pa_status	status;
	int			ok;

	pa_arena_init(&arena, (pa_allocator) {arena_alloc, arena_free, NULL});
	status = pa_document_analyze(&doc, tc->text, tc->len, &arena, NULL, NULL);
	ok = status == PA_OK && segmentation_matches(tc, &doc);
	if (ok)
	{
		t->passed++;
		if (t->verbose)
			printf("ok - %s: %s\n", file, tc->name);
	}
	else
	{
		t->failed++;
		report_failure(tc, &doc, status, file);
	}
	pa_arena_release(&arena);
}

/* Whether the line at p (ending at line_end) starts a new case. */
static int
is_case_header(const char *p, const char *line_end)
{
	return line_end - p >= 2 && p[0] == '#' && p[1] == '#';
}

/* Runs every case of one file. */
static void
run_file(const char *path, tally *t)
{
	size_t		len;
	char	   *data = read_file(path, &len);
	const char *p;
	const char *end;
	const char *short_name;
	int			cases = 0;

	if (data == NULL)
	{
		printf("not ok - %s: cannot read the file\n", path);
		t->failed++;
		return;
	}
	short_name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	p = data;
	end = data + len;
	while (p < end)
	{
		const char *line_end = memchr(p, '\n', (size_t) (end - p));
		const char *name;
		const char *body;
		size_t		name_len;
		test_case	tc;

		if (line_end == NULL)
			line_end = end;
		if (!is_case_header(p, line_end))
		{
			p = line_end + (line_end < end);	/* text before the first case: a comment */
			continue;
		}
		name = p + 2;
		while (name < line_end && *name == ' ')
			name++;
		name_len = (size_t) (line_end - name);
		if (name_len > 0 && name[name_len - 1] == '\r')
			name_len--;
		body = line_end + (line_end < end);
		p = body;
		/* the text runs to the next header line */
		while (p < end)
		{
			const char *next_end = memchr(p, '\n', (size_t) (end - p));

			if (next_end == NULL)
				next_end = end;
			if (is_case_header(p, next_end))
				break;
			p = next_end + (next_end < end);
		}
		{
			/* the line break before the next header is not part of the text */
			size_t		body_len = (size_t) (p - body);

			if (p < end && body_len > 0 && body[body_len - 1] == '\n')
				body_len--;
			build_case(&tc, name, name_len, body, body_len);
		}
		run_case(&tc, short_name, t);
		free_case(&tc);
		cases++;
	}
	if (cases == 0)
	{
		printf("not ok - %s: no case in the file\n", path);
		t->failed++;
	}
	free(data);
}

/* qsort comparison of two file names. */
static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/* Runs every *.txt file of a directory, in name order. */
static void
run_directory(const char *dir_path, tally *t)
{
	DIR		   *dir = opendir(dir_path);
	struct dirent *entry;
	char	  **names = NULL;
	size_t		count = 0,
				cap = 0;

	if (dir == NULL)
	{
		printf("not ok - %s: cannot open the directory\n", dir_path);
		t->failed++;
		return;
	}
	while ((entry = readdir(dir)) != NULL)
	{
		size_t		n = strlen(entry->d_name);

		if (n < 5 || strcmp(entry->d_name + n - 4, ".txt") != 0)
			continue;
		if (count == cap)
		{
			char	  **grown;

			cap = cap * 2 + 16;
			grown = xmalloc(cap * sizeof(char *));
			if (count > 0)
				memcpy(grown, names, count * sizeof(char *));
			free(names);
			names = grown;
		}
		names[count] = xmalloc(strlen(dir_path) + n + 2);
		sprintf(names[count], "%s/%s", dir_path, entry->d_name);
		count++;
	}
	closedir(dir);
	if (count == 0)
	{
		printf("not ok - %s: no case file\n", dir_path);
		t->failed++;
	}
	qsort(names, count, sizeof(char *), compare_names);
	for (size_t i = 0; i < count; i++)
	{
		run_file(names[i], t);
		free(names[i]);
	}
	free(names);
}

/* Runs a file or every case file of a directory. */
static void
run_path(const char *path, tally *t)
{
	struct stat st;

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		run_directory(path, t);
	else
		run_file(path, t);
}

/* Runs the named files and directories (the default case directory when none). */
int
main(int argc, char **argv)
{
	tally		t = {0, 0, 0};
	int			paths = 0;

	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-v") == 0)
		{
			t.verbose = 1;
			continue;
		}
		run_path(argv[i], &t);
		paths++;
	}
	if (paths == 0)
		run_path(DEFAULT_CASE_DIR, &t);
	printf("segmentation: %d passed, %d failed\n", t.passed, t.failed);
	return t.failed == 0 ? 0 : 1;
}
