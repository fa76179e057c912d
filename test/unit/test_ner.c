/*
 * test_ner.c: the parts of the entity stage that work without a trained
 * model: token forms, the lexicon trie, constrained decoding and the
 * canonical forms of mentions.
 */
#include <stdio.h>

#include "lexicon.h"
#include "ner_canonical.h"
#include "ner_decode.h"
#include "ner_features.h"
#include "ner_hash.h"
#include "ner_text.h"
#include "ner_fixtures.h"
#include "unit.h"

/* Lower case and shape of ASCII and non-ASCII words. */
UNIT_TEST(ner_token_forms)
{
	char		buf[64];
	size_t		n;

	n = ner_lower("ÉCOLE 42", strlen("ÉCOLE 42"), 1, buf);
	buf[n] = '\0';
	CHECK_EQ_STR(buf, "école 00");
	n = ner_shape("McDonald", 8, 2, buf);
	buf[n] = '\0';
	CHECK_EQ_STR(buf, "XxXxx");
	n = ner_shape("U.S.", 4, 2, buf);
	buf[n] = '\0';
	CHECK_EQ_STR(buf, "X.X.");
	CHECK(ner_token_key("Berlin", 6) == ner_token_key("BERLIN", 6));
	CHECK(ner_token_key("Berlin", 6) != ner_token_key("Bern", 4));
}

/* Tokenizes text and fills the lexicon keys of its tokens; returns the token count. */
static size_t
token_keys(const char *text, pa_arena *arena, uint64_t *keys, size_t max)
{
	pa_token_list list;

	if (pa_tokenize(text, strlen(text), arena, NULL, &list) != PA_OK)
		return 0;
	for (size_t i = 0; i < list.count && i < max; i++)
		keys[i] = ner_token_key(text + list.tokens[i].start, list.tokens[i].end - list.tokens[i].start);
	return list.count < max ? list.count : max;
}

/* Longest matches per category, case-insensitive, multi-token names. */
UNIT_TEST(ner_lexicon_longest_match)
{
	static const char cities[] = "York\nNew York\nSt. Louis\n";
	static const char countries[] = "Germany\n";
	pa_lexicon_source sources[2] = {
		{"city", cities, sizeof(cities) - 1},
		{"country", countries, sizeof(countries) - 1}
	};
	pa_arena	arena;
	pa_lexicon	lex;
	uint64_t	keys[16];
	uint64_t	codes[16];
	size_t		n;

	pa_arena_init(&arena, unit_allocator());
	CHECK(pa_lexicon_build(&lex, sources, 2, &arena, &arena) == PA_OK);
	CHECK_EQ_LONG(lex.name_count, 4);
	n = token_keys("from NEW YORK to St. Louis and germany", &arena, keys, 16);
	CHECK_EQ_LONG(n, 8);
	pa_lexicon_match(&lex, keys, n, codes);
	CHECK_EQ_LONG(codes[0], 0);
	CHECK_EQ_LONG(codes[1] & 15, PA_LEX_BEGIN);	/* New York, not York alone */
	CHECK_EQ_LONG(codes[2] & 15, PA_LEX_LAST);
	CHECK_EQ_LONG(codes[4] & 15, PA_LEX_BEGIN);
	CHECK_EQ_LONG(codes[5] & 15, PA_LEX_LAST);
	CHECK_EQ_LONG(codes[7], (uint64_t) PA_LEX_UNIT << 4);	/* category 1 */
	pa_arena_release(&arena);
}

/* Decoding never starts a sentence with I, nor puts I after another type. */
UNIT_TEST(ner_viterbi_constraints)
{
	float		emissions[3 * NER_TAG_COUNT] = {0};
	float		start[NER_TAG_COUNT] = {0};
	float		transition[NER_TAG_COUNT][NER_TAG_COUNT] = {{0}};
	float		scratch[3 * NER_TAG_COUNT];
	uint8_t		tags[3];
	ner_transitions tr;

	/* token 0 prefers I-PER, token 1 I-ORG, token 2 I-ORG */
	emissions[0 * NER_TAG_COUNT + ner_inside_tag(PA_ENT_PERSON)] = 5;
	emissions[0 * NER_TAG_COUNT + ner_begin_tag(PA_ENT_PERSON)] = 4;
	emissions[1 * NER_TAG_COUNT + ner_inside_tag(PA_ENT_ORG)] = 5;
	emissions[1 * NER_TAG_COUNT + ner_inside_tag(PA_ENT_PERSON)] = 4;
	emissions[2 * NER_TAG_COUNT + ner_inside_tag(PA_ENT_ORG)] = 1;
	ner_transitions_init(&tr, start, (const float (*)[NER_TAG_COUNT]) transition);
	ner_viterbi(emissions, 3, &tr, scratch, tags);
	CHECK_EQ_LONG(tags[0], ner_begin_tag(PA_ENT_PERSON));
	CHECK_EQ_LONG(tags[1], ner_inside_tag(PA_ENT_PERSON));
	for (int i = 1; i < 3; i++)
		CHECK(ner_tag_allowed(tags[i - 1], tags[i]));
}

/* Score of a tag sequence under start, transition and emissions. */
static float
path_score(const float *emissions, const float *start, const float (*transition)[NER_TAG_COUNT],
		   const uint8_t *tags, size_t n)
{
	float		score = start[tags[0]] + emissions[tags[0]];

	for (size_t i = 1; i < n; i++)
		score += transition[tags[i - 1]][tags[i]] + emissions[i * NER_TAG_COUNT + tags[i]];
	return score;
}

/* Best score over every allowed sequence of n tags, by enumeration. */
static float
best_score_brute(const float *emissions, const float *start,
				 const float (*transition)[NER_TAG_COUNT], size_t n)
{
	uint8_t		tags[4] = {0};
	float		best = -1e30f;
	size_t		total = 1;

	for (size_t i = 0; i < n; i++)
		total *= NER_TAG_COUNT;
	for (size_t code = 0; code < total; code++)
	{
		size_t		c = code;
		int			allowed = 1;

		for (size_t i = 0; i < n; i++, c /= NER_TAG_COUNT)
			tags[i] = (uint8_t) (c % NER_TAG_COUNT);
		for (size_t i = 0; i < n; i++)
			allowed &= ner_tag_allowed(i ? tags[i - 1] : -1, tags[i]);
		if (allowed && path_score(emissions, start, transition, tags, n) > best)
			best = path_score(emissions, start, transition, tags, n);
	}
	return best;
}

/*
 * Decoding finds a best allowed sequence: on small integer scores (many
 * ties), its path scores as much as the best of all sequences.
 */
UNIT_TEST(ner_viterbi_matches_enumeration)
{
	uint32_t	seed = 12345;

	for (int round = 0; round < 200; round++)
	{
		size_t		n = 1 + (size_t) round % 4;
		float		emissions[4 * NER_TAG_COUNT];
		float		start[NER_TAG_COUNT];
		float		transition[NER_TAG_COUNT][NER_TAG_COUNT];
		float		scratch[4 * NER_TAG_COUNT];
		uint8_t		tags[4];
		ner_transitions tr;

		/* a linear congruential generator: values -3..3 */
		for (size_t k = 0; k < n * NER_TAG_COUNT; k++)
			emissions[k] = (float) ((int) ((seed = seed * 1103515245u + 12345u) >> 16) % 7 - 3);
		for (int a = 0; a < NER_TAG_COUNT; a++)
		{
			start[a] = (float) ((int) ((seed = seed * 1103515245u + 12345u) >> 16) % 7 - 3);
			for (int b = 0; b < NER_TAG_COUNT; b++)
				transition[a][b] = (float) ((int) ((seed = seed * 1103515245u + 12345u) >> 16) % 7 - 3);
		}
		ner_transitions_init(&tr, start, (const float (*)[NER_TAG_COUNT]) transition);
		ner_viterbi(emissions, n, &tr, scratch, tags);
		for (size_t i = 0; i < n; i++)
			CHECK(ner_tag_allowed(i ? tags[i - 1] : -1, tags[i]));
		CHECK(path_score(emissions, start, (const float (*)[NER_TAG_COUNT]) transition, tags, n) ==
			  best_score_brute(emissions, start, (const float (*)[NER_TAG_COUNT]) transition, n));
	}
}

/*
 * ner_prepare hashes ASCII tokens in one pass: its hashes must equal those
 * of the forms ner_lower and ner_shape write, for ASCII and other tokens,
 * and for shapes cut at NER_SHAPE_MAX.
 */
UNIT_TEST(ner_token_hashes)
{
	static const char text[] = "McDonald's 2024 ABCdefGHIjklMNOpqrSTUvwxYZab Zürich U.S. x";
	unit_ner_doc f;

	unit_ner_doc_init(&f, text);
	CHECK(f.doc.tokens.count >= 6);
	for (size_t i = 0; i < f.doc.tokens.count; i++)
	{
		const char *s = text + f.doc.tokens.tokens[i].start;
		size_t		n = f.doc.tokens.tokens[i].end - f.doc.tokens.tokens[i].start;
		char		buf[128];
		char		shape[NER_SHAPE_MAX];
		char		shape_short[NER_SHAPE_MAX];
		size_t		shape_len = ner_shape(s, n, 2, shape);
		size_t		short_len = 0;

		for (size_t k = 0; k < shape_len; k++)
		{
			if (short_len == 0 || shape_short[short_len - 1] != shape[k])
				shape_short[short_len++] = shape[k];
		}
		CHECK(f.toks[i].word == ner_hash_bytes(s, n));
		CHECK(f.toks[i].lower == ner_hash_bytes(buf, ner_lower(s, n, 1, buf)));
		CHECK(f.toks[i].shape == ner_hash_bytes(shape, shape_len));
		CHECK(f.toks[i].shape_short == ner_hash_bytes(shape_short, short_len));
		CHECK(f.toks[i].lower_mixed == ner_mix(f.toks[i].lower));
	}
	pa_arena_release(&f.arena);
}

/* The key of a token is the hash of its lower case, digits kept, ASCII or not. */
static void
check_token_key(const char *s)
{
	char		buf[64];
	size_t		n = strlen(s);

	CHECK(ner_token_key(s, n) == ner_hash_bytes(buf, ner_lower(s, n, 0, buf)));
}

/*
 * Tokens with the same key share a word number, others do not, and the
 * numbers count the distinct keys from 0; the keys themselves are the hashes
 * of the lower case forms.
 */
UNIT_TEST(ner_token_keys_and_word_numbers)
{
	static const char text[] = "Berlin and BERLIN and Bern, 42 and 42 in Zürich and ZÜRICH.";
	unit_ner_doc f;
	uint32_t	words = 0;

	check_token_key("Berlin42");
	check_token_key("ZÜRICH");
	check_token_key("x");
	unit_ner_doc_init(&f, text);
	for (size_t i = 0; i < f.doc.tokens.count; i++)
	{
		CHECK(f.toks[i].word_id <= words);
		if (f.toks[i].word_id == words)
			words++;
		for (size_t j = 0; j < i; j++)
			CHECK((f.toks[i].key == f.toks[j].key) == (f.toks[i].word_id == f.toks[j].word_id));
	}
	CHECK(f.toks[0].word_id == f.toks[2].word_id);	/* Berlin, BERLIN */
	CHECK(f.toks[0].word_id != f.toks[4].word_id);	/* Berlin, Bern */
	CHECK(words < f.doc.tokens.count);
	pa_arena_release(&f.arena);
}

/*
 * The prefix and suffix features of a word (its word features at offset 0
 * after the first four, templates 6 and 10 on) hash the first and last one
 * to four characters of its lower case, digits as 0, whether its ends are
 * ASCII or not.
 */
UNIT_TEST(ner_affix_features)
{
	static const char text[] = "McDonald's Ab x 2024 Zürich naïve Éclair CAFÉ aBcDéFgHi";
	unit_ner_doc f;

	unit_ner_doc_init(&f, text);
	CHECK(f.doc.tokens.count >= 9);
	for (size_t i = 0; i < f.doc.tokens.count; i++)
	{
		uint64_t	features[NER_WORD_FEATURES];
		char		lower[128];
		size_t		len = ner_lower(f.toks[i].text, f.toks[i].len, 1, lower);

		CHECK(ner_word_features(&f.toks[i], 0, features) == 4 + 2 * NER_AFFIX_COUNT);
		for (int k = 1; k <= NER_AFFIX_COUNT; k++)
		{
			size_t		from = ner_suffix_start(lower, len, k);

			CHECK(features[2 + 2 * k] ==
				  ner_feat1(5 + k, ner_hash_bytes(lower, ner_prefix_bytes(lower, len, k))));
			CHECK(features[3 + 2 * k] ==
				  ner_feat1(9 + k, ner_hash_bytes(lower + from, len - from)));
		}
	}
	pa_arena_release(&f.arena);
}

/* Short mentions take the fullest form; acronyms their expansion and its type. */
UNIT_TEST(ner_canonical_forms)
{
	static const char text[] = "Angela  Merkel met the International Atomic Energy Agency (IAEA). "
		"Merkel said the IAEA was right.";
	unit_ner_doc f;
	pa_entity	items[5];
	char		got[128];

	unit_ner_doc_init(&f, text);
	items[0] = unit_entity(&f.doc, 0, 2, PA_ENT_PERSON);	/* Angela Merkel */
	items[1] = unit_entity(&f.doc, 4, 4, PA_ENT_ORG); /* International Atomic Energy Agency */
	items[2] = unit_entity(&f.doc, 9, 1, PA_ENT_MISC);	/* IAEA, mistyped */
	items[3] = unit_entity(&f.doc, 12, 1, PA_ENT_PERSON); /* Merkel */
	items[4] = unit_entity(&f.doc, 15, 1, PA_ENT_ORG);	/* IAEA */
	CHECK(ner_canonicalise(&f.doc, f.toks, items, 5, &f.arena) == PA_OK);
	snprintf(got, sizeof(got), "%.*s", (int) items[3].canonical_len, items[3].canonical);
	CHECK_EQ_STR(got, "Angela Merkel");
	snprintf(got, sizeof(got), "%.*s", (int) items[0].canonical_len, items[0].canonical);
	CHECK_EQ_STR(got, "Angela Merkel");
	snprintf(got, sizeof(got), "%.*s", (int) items[4].canonical_len, items[4].canonical);
	CHECK_EQ_STR(got, "International Atomic Energy Agency");
	CHECK_EQ_LONG(items[2].type, PA_ENT_ORG);
	pa_arena_release(&f.arena);
}
