/*
 * quotes.h: quotations and their speakers in one analysed document.
 *
 * pa_quotes_extract() finds
 *   - direct quotes: a whole statement between quote marks;
 *   - partial quotes: quoted words inside reported speech;
 *   - indirect quotes: reported speech without marks (X said that ...),
 * and attributes each one: the cue (said, told reporters, according to),
 * the speaker mention as written (a name, a pronoun or a description), the
 * entity it refers to (speaker_canonical) and the role around it.
 *
 * The work is split by concern:
 *   quotes_marks.c    pairs quote marks by position, paragraph and context;
 *   quotes_words.c    the word lists (cue verbs, pronouns, titles...);
 *   quotes_names.c    person and organisation names when no tagger gives them;
 *   quotes_attrib.c   cue, speaker mention and role around a stretch of text;
 *   quotes_indirect.c reported clauses without marks;
 *   quotes_gender.c   the gender given names and titles show, for he and she;
 *   quotes_coref.c    what a description refers to (the Cuban leader, the official);
 *   quotes.c          the driver: items, continuation quotes, speaker resolution.
 *
 * Every span is a token range of the document, so callers turn it into byte
 * or character offsets with the token table; an empty range (count 0) is
 * "none".  Everything is allocated from the caller's arena; nothing is
 * allocated per token.
 *
 * Entities.  Speaker resolution works on named entities.  A caller that
 * has run the entity tagger passes its spans (pa_quote_entity, sorted by
 * first_token, not overlapping); with none, the module finds capitalised
 * name sequences itself and links short forms to the fullest earlier or
 * later form (Meissner -> Doris Meissner, the INS -> Immigration and
 * Naturalization Service).  Caller entities whose canonical ranges are all
 * left empty are linked the same way (joined by the names the finder sees
 * where the tagger saw none; the nearest
 * earlier fuller form, so that two Gonzalezes stay apart);
 * pa_quote_entities_from_tagger() (quotes_entities.h) gives the tagger's
 * spans in that form.  Either way a speaker mention that is a name
 * takes the entity's canonical range; he and she take the latest person
 * speaker unless the gender disagrees or another person was named since
 * (quotes.c); they takes the latest speaker, else the nearest group named;
 * a description takes the person the document names with the same role
 * words, or the fuller description that introduced it, a written source
 * its author, a country its government (quotes_coref.c).
 * Entity types matter: only PERSON entities are candidates for he and she.
 */
#ifndef PA_QUOTES_H
#define PA_QUOTES_H

#include "document.h"

typedef enum pa_quote_kind
{
	PA_QUOTE_DIRECT,
	PA_QUOTE_PARTIAL,
	PA_QUOTE_INDIRECT
} pa_quote_kind;

typedef enum pa_quote_entity_type
{
	PA_ENTITY_PERSON = 1,
	PA_ENTITY_ORG,
	PA_ENTITY_LOC,
	PA_ENTITY_MISC
} pa_quote_entity_type;

/* One entity mention, as the tagger (or the fallback name finder) gives it. */
typedef struct pa_quote_entity
{
	pa_token_range mention;
	pa_token_range canonical;	/* fullest mention of the same entity; count 0: link it here */
	uint8_t		type;			/* pa_quote_entity_type */
} pa_quote_entity;

typedef struct pa_quote
{
	pa_token_range quote;		/* the quoted words, without the marks */
	pa_token_range speaker;		/* the mention in the item's sentence */
	pa_token_range canonical;	/* what it refers to (may lie anywhere) */
	pa_token_range role;		/* description around a named speaker */
	pa_token_range cue;			/* said, told reporters, according to */
	uint32_t	sentence;		/* 0-based sentence of the quote's first token */
	uint32_t	paragraph;		/* 0-based paragraph */
	uint8_t		kind;			/* pa_quote_kind */
} pa_quote;

typedef struct pa_quote_list
{
	pa_quote   *items;			/* in text order */
	size_t		count;
} pa_quote_list;

/*
 * Finds the quotations of doc.  entities may be NULL (entity_count 0): the
 * module then finds names itself.  Returns PA_OK, PA_ERR_NOMEM or
 * PA_CANCELLED.
 */
pa_status	pa_quotes_extract(const pa_document *doc, const pa_quote_entity *entities,
							  size_t entity_count, pa_arena *arena,
							  const pa_progress *progress, pa_quote_list *out);

/* "direct", "partial" or "indirect". */
const char *pa_quote_kind_name(pa_quote_kind kind);

#endif							/* PA_QUOTES_H */
