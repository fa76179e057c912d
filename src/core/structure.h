/*
 * structure.h: the role of each paragraph of a scraped news article.
 *
 * pa_structure_find() gives every paragraph of a document one role:
 *   headline     the title at the top (and a standfirst line under it);
 *   dateline     NAIROBI, Kenya (Reuters) -, with its place and agency;
 *   byline       By Ana Ruiz and Tom Vidal; Ana Ruiz, Staff Writer;
 *                Published 5 March 2024;
 *   body         the article's prose (and anything not recognised);
 *   credits      Reporting by X in Lagos; Editing by Y; X contributed to
 *                this report; Photo: X/Reuters;
 *   boilerplate  site chrome: widget labels and placeholders, newsletter
 *                prompts, ad-blocker and cookie notices, comment forms,
 *                share and follow links, navigation, copyright lines.
 *
 * A dateline that opens a paragraph of prose (LISBON (Reuters) - The ...)
 * is the segmenter's first sentence of that paragraph: the paragraph then
 * comes out as two parts with the same paragraph index, a dateline part
 * holding the dateline's tokens and a part for the rest of the paragraph
 * with its own role.  Every other paragraph is one part.  So the parts
 * cover every token of every paragraph, in text order, without overlap.
 *
 * The rules (structure.c) read position (the headline comes first, a byline
 * before the second body paragraph), shape (capitals, title case, a final
 * period, length, separators such as | and ›) and the word lists of
 * structure_lexicon.c.  One pass over the tokens: linear time, nothing
 * allocated per token.
 */
#ifndef PA_STRUCTURE_H
#define PA_STRUCTURE_H

#include "document.h"

typedef enum pa_paragraph_role
{
	PA_ROLE_BODY = 0,
	PA_ROLE_HEADLINE,
	PA_ROLE_DATELINE,
	PA_ROLE_BYLINE,
	PA_ROLE_CREDITS,
	PA_ROLE_BOILERPLATE,
	PA_ROLE_COUNT
} pa_paragraph_role;

/* A paragraph, or the dateline at its start, or the rest after that dateline. */
typedef struct pa_paragraph_part
{
	uint32_t	paragraph;		/* 0-based paragraph index */
	uint8_t		role;			/* pa_paragraph_role */
	pa_token_range tokens;		/* the part's tokens (never empty) */
	pa_token_range place;		/* dateline only: NAIROBI, Kenya (count 0 otherwise) */
	pa_token_range agency;		/* dateline only: Reuters (count 0 when none) */
} pa_paragraph_part;

typedef struct pa_paragraph_roles
{
	pa_paragraph_part *parts;	/* in text order */
	size_t		count;
} pa_paragraph_roles;

/* Name of a role as SQL spells it: "headline", "dateline", "byline", ... */
const char *pa_paragraph_role_name(pa_paragraph_role role);

/*
 * The dateline that opens at token first of doc (the segmenter's rule: a
 * place in capitals, maybe ", Region", maybe "(Agency)", then a dash):
 * returns the index of its dash and sets *place and *agency as a dateline
 * part's, or returns 0 when there is none.
 */
size_t		pa_dateline_at(const pa_document *doc, size_t first, pa_token_range *place,
						   pa_token_range *agency);

/*
 * Finds the role of every paragraph of doc (analysed by
 * pa_document_analyze).  Parts are allocated from arena.  Returns PA_OK,
 * PA_ERR_NOMEM, or PA_CANCELLED when progress asks to stop.
 */
pa_status	pa_structure_find(const pa_document *doc, pa_arena *arena,
							  const pa_progress *progress, pa_paragraph_roles *out);

#endif							/* PA_STRUCTURE_H */
