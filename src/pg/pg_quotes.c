/*
 * pg_quotes.c: the quote stage and the words of a token range, shared by
 * the quote functions.
 */
#include "pg_quotes.h"

/* See pg_quotes.h. */
void
pa_pg_quotes_find(pa_pg_document *pd, pa_quote_list *out)
{
	/* No entity spans yet: the core finds the names itself. */
	pa_pg_document_check(pd, pa_quotes_extract(&pd->doc, NULL, 0, &pd->arena,
												&pd->progress, out));
}

/* See pg_quotes.h. */
char *
pa_pg_range_words(const pa_document *doc, pa_token_range range, size_t *len)
{
	const pa_token *first = &doc->tokens.tokens[range.first];
	const pa_token *last = first + range.count - 1;
	char	   *words = palloc(last->end - first->start + 1);
	size_t		used = 0;

	Assert(range.count > 0);
	for (const pa_token *tok = first; tok <= last; tok++)
	{
		if (tok > first && tok[-1].end < tok->start)
			words[used++] = ' ';
		memcpy(words + used, doc->text + tok->start, tok->end - tok->start);
		used += tok->end - tok->start;
	}
	words[used] = '\0';
	*len = used;
	return words;
}
