/*
 * pg_quotes.h: what article_quotes() and article_quote_speakers() share:
 * the quote stage run over a document and the text of a token range as
 * words.
 */
#ifndef PA_PG_QUOTES_H
#define PA_PG_QUOTES_H

#include "pg_compat.h"

#include "../core/quotes.h"
#include "pg_document.h"

/* Runs the quote stage over pd's document into *out; raises on failure. */
void		pa_pg_quotes_find(pa_pg_document *pd, pa_quote_list *out);

/*
 * The words of a non-empty token range in UTF-8, with one space wherever
 * the text has white space between them (a name wrapped over two lines
 * reads "Ana Ruiz"), allocated in the current memory context; its length
 * in *len.
 */
char	   *pa_pg_range_words(const pa_document *doc, pa_token_range range, size_t *len);

#endif							/* PA_PG_QUOTES_H */
