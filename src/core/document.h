/*
 * document.h: one article analysed by the core, and the entry point that
 * runs the text layer over it.  Later stages (entities, dates, quotes) take
 * a pa_document and add their own arrays, so each article is tokenized and
 * segmented once.
 */
#ifndef PA_DOCUMENT_H
#define PA_DOCUMENT_H

#include "segment.h"

#define PA_CORE_VERSION "0.3.0"

/* Tokens [first, first + count) of a document; count 0 means none. */
typedef struct pa_token_range
{
	uint32_t	first;
	uint32_t	count;
} pa_token_range;

typedef struct pa_document
{
	const char *text;			/* UTF-8, not copied: must outlive the document */
	size_t		len;			/* bytes */
	size_t		char_count;		/* code points */
	pa_token_list tokens;
	pa_segmentation segments;
} pa_document;

/*
 * Validates, tokenizes and segments text.  On PA_ERR_INVALID_UTF8 the byte
 * offset of the first bad byte is stored in *bad_offset (when not NULL).
 */
pa_status	pa_document_analyze(pa_document *doc, const char *text, size_t len,
								pa_arena *arena, const pa_progress *progress,
								size_t *bad_offset);

/* Token index range of sentence s: [first, first + count). */
static inline const pa_token *
pa_sentence_first(const pa_document *doc, const pa_sentence *s)
{
	return &doc->tokens.tokens[s->first_token];
}

static inline const pa_token *
pa_sentence_last(const pa_document *doc, const pa_sentence *s)
{
	return &doc->tokens.tokens[s->first_token + s->token_count - 1];
}

#endif							/* PA_DOCUMENT_H */
