/*
 * structure.c: paragraph roles from position, shape and word lists.
 *
 * Each part (a paragraph, or the dateline at its start and the rest) is
 * measured in one scan (part_shape), then the first rule that holds gives
 * its role, in this order:
 *   dateline     the segmenter's dateline rule (sg_dateline_dash) at the
 *                paragraph's first token;
 *   credits      opens with "Reporting by", "Photo by"... and a name, or
 *                with "Photo:", "Credit:"... and names (Photo: Ana
 *                Ruiz/Reuters), or says "... contributed to this report";
 *   byline       before the second body paragraph: "By" or "Written by" and
 *                names (lower-case words only after a separator: "By Ana
 *                Ruiz, staff writer"); names, a separator and a job title
 *                or an agency (Ana Ruiz, Staff Writer; Ana Ruiz | Reuters);
 *                or "Published"/"Updated" and a date;
 *   boilerplate  unless it quotes someone (a quote mark and a reporting
 *                verb): a chrome phrase opening it, or anywhere in a short
 *                paragraph; only widget labels (Share Facebook Twitter); a
 *                label before ":" or "|" (Weather: 21 C); a bracketed
 *                placeholder ([Embedded video]); navigation (Home › World
 *                › Africa); a follow link (Follow Ana Ruiz on X, Follow
 *                @anaruiz); a copyright line; no word at all;
 *   headline     while only boilerplate and headlines came before, at most
 *                two: short, and without a final period unless in title
 *                case or capitals;
 *   body         everything else.
 */
#include "structure.h"

#include "paragraphs.h"
#include "structure_lexicon.h"

/* Longest headline, in words. */
#define HEADLINE_MAX_WORDS 30

/* Headline paragraphs at the top: the title and a standfirst (or a kicker and the title). */
#define HEADLINE_MAX_PARAGRAPHS 2

/* Longest byline or publication time line, in words. */
#define BYLINE_MAX_WORDS 20

/* Bylines stand before this many body paragraphs. */
#define BYLINE_MAX_BODY_BEFORE 2

/* Longest paragraph in which a chrome phrase anywhere makes it boilerplate. */
#define CHROME_MAX_WORDS 35

/* Longest paragraph that a chrome or credits phrase opening it classifies. */
#define LEAD_MAX_WORDS 60

/* Longest label line, placeholder or navigation bar, in words. */
#define LABEL_MAX_WORDS 12

/* Parts between two progress ticks. */
#define PARTS_PER_TICK 64

/* What one scan of a part's tokens measures. */
typedef struct part_shape
{
	size_t		first;			/* tokens [first, end) */
	size_t		end;
	size_t		lead;			/* first word token, or end when there is none */
	uint32_t	words;
	uint32_t	capitalised;	/* words with an upper-case first letter */
	uint32_t	separators;		/* | › » / · • standing apart */
	uint32_t	numbers;
	int			quotes;			/* a quote mark */
	int			all_labels;		/* every word a widget label */
	int			chrome;			/* a chrome phrase somewhere (parts of up to LEAD_MAX_WORDS) */
	int			credits;		/* a credits phrase somewhere (parts of up to LEAD_MAX_WORDS) */
	pa_structure_cue lead_cue;	/* phrase at the lead */
	size_t		lead_length;	/* its tokens */
} part_shape;

/* Where the article stands while the parts are read in order. */
typedef struct structure_state
{
	int			top;			/* only boilerplate and headlines so far */
	uint32_t	headlines;
	uint32_t	body_parts;
} structure_state;

static const char *const role_names[PA_ROLE_COUNT] = {
	"body", "headline", "dateline", "byline", "credits", "boilerplate",
};

/* See structure.h. */
const char *
pa_paragraph_role_name(pa_paragraph_role role)
{
	return (unsigned) role < PA_ROLE_COUNT ? role_names[role] : "unknown";
}

/* Whether token i is one of the separators of navigation bars and bylines. */
static int
is_separator(const segmenter *sg, size_t i)
{
	return sg_token_is(sg, i, "|") || sg_token_is(sg, i, "›") || sg_token_is(sg, i, "»") ||
		sg_token_is(sg, i, "/") || sg_token_is(sg, i, "·") || sg_token_is(sg, i, "•") ||
		sg_token_is(sg, i, ">");
}

/* Whether token i separates the fields of a byline or a label: , : | dashes and the like. */
static int
is_field_break(const segmenter *sg, size_t i)
{
	return sg->tokens[i].kind == PA_TOK_DASH || sg_token_is(sg, i, ",") ||
		sg_token_is(sg, i, ":") || is_separator(sg, i);
}

/* Whether word token i is a lower-case word that title case keeps small: the, of, in, on. */
static int
is_small_word(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];

	return pa_is_never_final(sg->text + t->start, t->end - t->start) ||
		sg_token_is(sg, i, "in") || sg_token_is(sg, i, "on");
}

/* Adds word token i to the shape's counts. */
static void
count_word(const segmenter *sg, size_t i, part_shape *shape)
{
	const pa_token *t = &sg->tokens[i];

	if (shape->words++ == 0)
		shape->lead = i;
	if (t->flags & PA_TF_CAPITALISED)
		shape->capitalised++;
	if (shape->all_labels)
		shape->all_labels = pa_is_chrome_label(sg->text + t->start, t->end - t->start);
}

/* Whether tokens [from, to) hold a lower-case word other than the, of, in, on... */
static int
has_lower_word(const segmenter *sg, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
	{
		const pa_token *t = &sg->tokens[i];

		if (t->kind == PA_TOK_WORD && !(t->flags & PA_TF_CAPITALISED) &&
			(t->flags & PA_TF_LOWER) && !is_small_word(sg, i))
			return 1;
	}
	return 0;
}

/* Whether the part has a reporting verb: said, told, asked... */
static int
has_reporting_verb(const segmenter *sg, const part_shape *shape)
{
	for (size_t i = shape->lead; i < shape->end; i++)
	{
		const pa_token *t = &sg->tokens[i];

		if (t->kind == PA_TOK_WORD && pa_is_reporting_verb(sg->text + t->start, t->end - t->start))
			return 1;
	}
	return 0;
}

/*
 * Notes the phrase at the part's lead and, in a part short enough for them
 * to count (LEAD_MAX_WORDS), the phrases anywhere.
 */
static void
note_phrases(const segmenter *sg, part_shape *shape)
{
	uint32_t	cues;

	if (shape->lead == shape->end)
		return;
	shape->lead_cue = pa_structure_phrase_at(sg->text, sg->tokens, shape->lead, shape->end,
											 &shape->lead_length);
	cues = UINT32_C(1) << shape->lead_cue;
	if (shape->words <= LEAD_MAX_WORDS)
		cues |= pa_structure_cues_in(sg->text, sg->tokens, shape->lead + 1, shape->end);
	shape->chrome = (cues >> PA_CUE_CHROME) & 1;
	shape->credits = (cues >> PA_CUE_CREDITS) & 1;
}

/* Measures the part of tokens [first, end). */
static void
measure_part(const segmenter *sg, size_t first, size_t end, part_shape *shape)
{
	*shape = (part_shape) {0};
	shape->first = first;
	shape->end = end;
	shape->lead = end;
	shape->all_labels = 1;
	for (size_t i = first; i < end; i++)
	{
		const pa_token *t = &sg->tokens[i];

		if (t->kind == PA_TOK_WORD)
			count_word(sg, i, shape);
		else if (t->kind == PA_TOK_NUMBER)
			shape->numbers++;
		else if ((t->flags & PA_TF_SPACE_BEFORE) && is_separator(sg, i))
			shape->separators++;
		else if (t->kind == PA_TOK_QUOTE)
			shape->quotes = 1;
	}
	note_phrases(sg, shape);
}

/* The last token of the part that is not a closing quote, bracket or emoji. */
static size_t
last_meaningful(const segmenter *sg, const part_shape *shape)
{
	size_t		last = shape->end - 1;

	while (last > shape->first &&
		   (sg_is_attached_closer(sg, last) || sg->tokens[last].kind == PA_TOK_EMOJI))
		last--;
	return last;
}

/* Whether the part ends like a sentence: . ! ? or an ellipsis, maybe closed by a quote. */
static int
ends_finished(const segmenter *sg, const part_shape *shape)
{
	return sg_is_terminal_token(sg, last_meaningful(sg, shape));
}

/* Whether the part ends in a period (not ? or !). */
static int
ends_with_period(const segmenter *sg, const part_shape *shape)
{
	return sg_token_is(sg, last_meaningful(sg, shape), ".");
}

/* Whether token i, before end, is a capitalised word that may start a name. */
static int
is_name_word(const segmenter *sg, size_t i, size_t end)
{
	return i < end && sg->tokens[i].kind == PA_TOK_WORD &&
		(sg->tokens[i].flags & PA_TF_CAPITALISED) &&
		!pa_is_month_name(sg->text + sg->tokens[i].start, sg_word_length(sg, i));
}

/* Whether word token i may stand inside names: not lower case, an abbreviation, a particle (de, and, for). */
static int
is_name_part(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];

	return !(t->flags & PA_TF_LOWER) || (t->flags & PA_TF_ABBREV) ||
		pa_is_name_connector(sg->text + t->start, t->end - t->start);
}

/* The first token at or after from (before end) that is not a word that may stand inside names. */
static size_t
skip_names(const segmenter *sg, size_t from, size_t end)
{
	while (from < end && sg->tokens[from].kind == PA_TOK_WORD && is_name_part(sg, from))
		from++;
	return from;
}

/*
 * Whether the words from token from to the part's end are names: a
 * capitalised word first, then capitalised words, particles (de, van),
 * abbreviations and numbers; lower-case words only in a later field
 * (", staff writer").
 */
static int
names_follow(const segmenter *sg, const part_shape *shape, size_t from)
{
	int			later_field = 0;

	if (!is_name_word(sg, from, shape->end))
		return 0;
	for (size_t i = from + 1; i < shape->end; i++)
	{
		if (is_field_break(sg, i))
			later_field = 1;
		else if (sg->tokens[i].kind == PA_TOK_WORD && !later_field && !is_name_part(sg, i))
			return 0;
	}
	return 1;
}

/* The first field break from token from (before end), or end. */
static size_t
next_field_break(const segmenter *sg, size_t from, size_t end)
{
	while (from < end && !is_field_break(sg, from))
		from++;
	return from;
}

/* Whether word token i is a job title or an agency that ends a byline's field: Writer, Reuters. */
static int
is_byline_title(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];

	return pa_is_byline_title(sg->text + t->start, t->end - t->start) ||
		pa_is_news_agency(sg->text + t->start, t->end - t->start);
}

/*
 * Whether the byline field [from, to) names a job or an agency: it has a
 * title word (Staff Writer, Associated Press, Reuters), lower-case words
 * only when a title word ends it (chief political correspondent), and no
 * bracket (an agency in brackets is a dateline's: NAIROBI, Kenya (AP)).
 */
static int
is_title_field(const segmenter *sg, size_t from, size_t to)
{
	int			titles = 0;
	int			last_is_title = 0;

	for (size_t i = from; i < to; i++)
	{
		if (sg_token_is(sg, i, "("))
			return 0;
		if (sg->tokens[i].kind == PA_TOK_WORD)
		{
			last_is_title = is_byline_title(sg, i);
			titles += last_is_title;
		}
	}
	return titles > 0 && (last_is_title || !has_lower_word(sg, from, to));
}

/*
 * Whether the part is a byline without "By": names, a field break, a field
 * that names a job or an agency, then only fields without lower-case words
 * (a place, a date): Jane Doe, Staff Writer; Jane Doe | Reuters.
 */
static int
is_bare_byline(const segmenter *sg, const part_shape *shape)
{
	size_t		names_end;
	size_t		title_end;

	if (shape->lead_cue != PA_CUE_NONE || !is_name_word(sg, shape->lead, shape->end))
		return 0;
	names_end = skip_names(sg, shape->lead, shape->end);
	if (names_end == shape->end || !is_field_break(sg, names_end))
		return 0;
	title_end = next_field_break(sg, names_end + 1, shape->end);
	return is_title_field(sg, names_end + 1, title_end) &&
		!has_lower_word(sg, title_end, shape->end);
}

/* Whether token i opens the date of a time line: a number, a month, a weekday, ":" or "on". */
static int
opens_date(const segmenter *sg, size_t i, size_t end)
{
	const char *word;
	size_t		len;

	if (i >= end)
		return 0;
	word = sg->text + sg->tokens[i].start;
	len = sg_word_length(sg, i);
	return sg->tokens[i].kind == PA_TOK_NUMBER || sg_token_is(sg, i, ":") ||
		sg_token_is(sg, i, "on") || pa_is_month_name(word, len) || pa_is_weekday_name(word, len);
}

/* Whether the part is a byline or a publication time line. */
static int
is_byline(const segmenter *sg, const part_shape *shape)
{
	size_t		after = shape->lead + shape->lead_length;

	if (shape->words > BYLINE_MAX_WORDS || ends_finished(sg, shape))
		return 0;
	if (shape->lead_cue == PA_CUE_BYLINE_LEAD)
		return names_follow(sg, shape, after);
	if (shape->lead_cue == PA_CUE_TIMESTAMP_LEAD)
		return shape->numbers > 0 && opens_date(sg, after, shape->end);
	return is_bare_byline(sg, shape);
}

/*
 * Whether the part is a credits line: a credits phrase, a credits opener
 * and a name (Editing by Tom Vidal, Photo by Ana Ruiz/AP), or a credits
 * label, ":" and names (Photo: Ana Ruiz/Reuters, Credit: Ana Ruiz for The
 * Herald).
 */
static int
is_credits(const segmenter *sg, const part_shape *shape)
{
	size_t		after = shape->lead + shape->lead_length;

	if (shape->words > LEAD_MAX_WORDS)
		return 0;
	if (shape->credits)
		return 1;
	if (shape->lead_cue == PA_CUE_CREDITS_LEAD)
		return is_name_word(sg, after, shape->end);
	return shape->lead_cue == PA_CUE_CREDITS_LABEL && shape->words <= BYLINE_MAX_WORDS &&
		after < shape->end && sg_token_is(sg, after, ":") && names_follow(sg, shape, after + 1);
}

/* Whether word token i names a social network: Facebook, X. */
static int
is_social_network(const segmenter *sg, size_t i)
{
	const pa_token *t = &sg->tokens[i];

	return t->kind == PA_TOK_WORD && pa_is_social_network(sg->text + t->start, t->end - t->start);
}

/* Whether the words of tokens [from, end) are only networks, @handles, "and" and "or". */
static int
only_networks_follow(const segmenter *sg, size_t from, size_t end)
{
	for (size_t i = from; i < end; i++)
		if (sg->tokens[i].kind == PA_TOK_WORD && !is_social_network(sg, i) &&
			!(i > from && sg_token_is(sg, i - 1, "@")) && !sg_token_is(sg, i, "and") &&
			!sg_token_is(sg, i, "or"))
			return 0;
	return 1;
}

/*
 * Whether the part is a follow link: a follow opener (Follow, Follow the
 * author) and an @handle, or names, "on", a network and then only networks
 * and handles (Follow Ana Ruiz on X @anaruiz).
 */
static int
is_follow_link(const segmenter *sg, const part_shape *shape)
{
	size_t		i = shape->lead + shape->lead_length;

	if (shape->lead_cue != PA_CUE_FOLLOW_LEAD)
		return 0;
	if (i < shape->end && sg_token_is(sg, i, "@"))
		return 1;
	i = skip_names(sg, i, shape->end);
	return i + 1 < shape->end && sg_token_is(sg, i, "on") && is_social_network(sg, i + 1) &&
		only_networks_follow(sg, i + 2, shape->end);
}

/* Whether the part opens with a widget label before ":", "|" or a dash, or alone. */
static int
opens_with_label(const segmenter *sg, const part_shape *shape)
{
	const pa_token *t;

	if (shape->lead == shape->end)
		return 0;
	t = &sg->tokens[shape->lead];
	return pa_is_chrome_label(sg->text + t->start, t->end - t->start) &&
		(shape->lead + 1 == shape->end || is_field_break(sg, shape->lead + 1));
}

/* Whether the whole part stands in square or curly brackets: [Embedded video]. */
static int
is_bracketed(const segmenter *sg, const part_shape *shape)
{
	size_t		last = shape->end - 1;

	return (sg_token_is(sg, shape->first, "[") && sg_token_is(sg, last, "]")) ||
		(sg_token_is(sg, shape->first, "{") && sg_token_is(sg, last, "}"));
}

/* Whether the part opens with a copyright sign: © 2024 Example News. */
static int
opens_with_copyright(const segmenter *sg, const part_shape *shape)
{
	return sg_token_is(sg, shape->first, "©") ||
		(shape->end - shape->first >= 3 && sg_token_is(sg, shape->first, "(") &&
		 (sg_token_is(sg, shape->first + 1, "c") || sg_token_is(sg, shape->first + 1, "C")) &&
		 sg_token_is(sg, shape->first + 2, ")"));
}

/* Whether the part has the shape or the words of site chrome. */
static int
looks_like_chrome(const segmenter *sg, const part_shape *shape)
{
	int			lead_chrome = shape->lead_cue == PA_CUE_CHROME_LEAD || shape->lead_cue == PA_CUE_CHROME;

	if (shape->words == 0)
		return 1;
	if (shape->words <= LABEL_MAX_WORDS &&
		(shape->all_labels || is_bracketed(sg, shape) || is_follow_link(sg, shape) ||
		 (shape->separators >= 2 && !ends_finished(sg, shape))))
		return 1;
	if (shape->words <= CHROME_MAX_WORDS &&
		(shape->chrome || opens_with_label(sg, shape) || opens_with_copyright(sg, shape)))
		return 1;
	return shape->words <= LEAD_MAX_WORDS && lead_chrome;
}

/* Whether the part is site chrome: it looks like it and quotes no one (a quote mark and a reporting verb). */
static int
is_chrome(const segmenter *sg, const part_shape *shape)
{
	return looks_like_chrome(sg, shape) && !(shape->quotes && has_reporting_verb(sg, shape));
}

/* Whether the part reads as a headline: short, and no final period unless in title case or capitals. */
static int
is_headline(const segmenter *sg, const part_shape *shape)
{
	if (shape->words == 0 || shape->words > HEADLINE_MAX_WORDS)
		return 0;
	return !ends_with_period(sg, shape) ||
		(shape->capitalised >= 2 && !has_lower_word(sg, shape->lead, shape->end));
}

/* Role of a part that is not a dateline, given what came before; updates the state. */
static pa_paragraph_role
part_role(const segmenter *sg, const part_shape *shape, structure_state *state)
{
	pa_paragraph_role role = PA_ROLE_BODY;

	if (is_credits(sg, shape))
		role = PA_ROLE_CREDITS;
	else if (state->body_parts < BYLINE_MAX_BODY_BEFORE && is_byline(sg, shape))
		role = PA_ROLE_BYLINE;
	else if (is_chrome(sg, shape))
		role = PA_ROLE_BOILERPLATE;
	else if (state->top && state->headlines < HEADLINE_MAX_PARAGRAPHS && is_headline(sg, shape))
		role = PA_ROLE_HEADLINE;

	if (role == PA_ROLE_HEADLINE)
		state->headlines++;
	else if (role != PA_ROLE_BOILERPLATE)
		state->top = 0;
	if (role == PA_ROLE_BODY)
		state->body_parts++;
	return role;
}

/*
 * Place and agency of the dateline [first, dash]: the place is the words
 * before "(" or before ", March 5" (NAIROBI, Kenya); the agency is the
 * words in parentheses (Reuters), count 0 when there are none.
 */
static void
dateline_fields(const segmenter *sg, size_t first, size_t dash, pa_token_range *place,
				pa_token_range *agency)
{
	size_t		place_end = first;
	size_t		i = first;

	for (; i < dash && !sg_token_is(sg, i, "("); i++)
	{
		if (sg_token_is(sg, i, ",") && i + 1 < dash && opens_date(sg, i + 1, dash))
			break;
		if (sg->tokens[i].kind == PA_TOK_WORD)
			place_end = i + 1;
	}
	*place = (pa_token_range) {(uint32_t) first, (uint32_t) (place_end - first)};
	*agency = (pa_token_range) {0, 0};
	while (i < dash && !sg_token_is(sg, i, "("))
		i++;
	if (i < dash)
	{
		size_t		open = i;

		while (i < dash && !sg_token_is(sg, i, ")"))
			i++;
		if (i > open + 1)
			*agency = (pa_token_range) {(uint32_t) (open + 1), (uint32_t) (i - open - 1)};
	}
}

/* See structure.h. */
size_t
pa_dateline_at(const pa_document *doc, size_t first, pa_token_range *place, pa_token_range *agency)
{
	segmenter	sg = {doc->text, doc->tokens.tokens, doc->tokens.count, 0};
	size_t		dash = sg_dateline_dash(&sg, first);

	if (dash != 0)
		dateline_fields(&sg, first, dash, place, agency);
	return dash;
}

/* Appends a part of paragraph p over tokens [first, end) with a role. */
static pa_paragraph_part *
add_part(pa_paragraph_roles *out, size_t p, size_t first, size_t end, pa_paragraph_role role)
{
	pa_paragraph_part *part = &out->parts[out->count++];

	*part = (pa_paragraph_part) {0};
	part->paragraph = (uint32_t) p;
	part->role = (uint8_t) role;
	part->tokens = (pa_token_range) {(uint32_t) first, (uint32_t) (end - first)};
	return part;
}

/* Adds the part(s) of paragraph p, tokens [first, end): a dateline and the rest, or one part. */
static void
add_paragraph(const segmenter *sg, size_t p, size_t first, size_t end, structure_state *state,
			  pa_paragraph_roles *out)
{
	size_t		dash = sg_dateline_dash(sg, first);
	part_shape	shape;

	if (dash != 0 && dash < end)
	{
		pa_paragraph_part *part = add_part(out, p, first, dash + 1, PA_ROLE_DATELINE);

		dateline_fields(sg, first, dash, &part->place, &part->agency);
		state->top = 0;
		first = dash + 1;
		if (first == end)
			return;
	}
	measure_part(sg, first, end, &shape);
	add_part(out, p, first, end, part_role(sg, &shape, state));
}

/* See structure.h. */
pa_status
pa_structure_find(const pa_document *doc, pa_arena *arena, const pa_progress *progress,
				  pa_paragraph_roles *out)
{
	const pa_segmentation *seg = &doc->segments;
	segmenter	sg = {doc->text, doc->tokens.tokens, doc->tokens.count, 0};
	structure_state state = {1, 0, 0};

	out->parts = NULL;
	out->count = 0;
	if (seg->paragraph_count == 0)
		return PA_OK;
	out->parts = pa_arena_alloc_array(arena, seg->paragraph_count * 2, sizeof(pa_paragraph_part));
	if (out->parts == NULL)
		return PA_ERR_NOMEM;
	for (size_t p = 0; p < seg->paragraph_count; p++)
	{
		const pa_paragraph *para = &seg->paragraphs[p];
		const pa_sentence *last;

		if (progress != NULL && progress->tick != NULL && p % PARTS_PER_TICK == PARTS_PER_TICK - 1 &&
			progress->tick(progress->ctx))
			return PA_CANCELLED;
		if (para->sentence_count == 0)
			continue;
		last = &seg->sentences[para->first_sentence + para->sentence_count - 1];
		add_paragraph(&sg, p, seg->sentences[para->first_sentence].first_token,
					  last->first_token + last->token_count, &state, out);
	}
	return PA_OK;
}
