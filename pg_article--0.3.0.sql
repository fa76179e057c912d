-- pg_article 0.3.0: the text layer (tokens, sentences, paragraphs), named entities, dates, quotes and the whole analysis as jsonb.
\echo Use "CREATE EXTENSION pg_article" to load this file. \quit

CREATE FUNCTION article_tokens(body text)
RETURNS TABLE(token_no int, sentence_no int, start_pos int, end_pos int, token text, kind text)
AS 'MODULE_PATHNAME', 'article_tokens'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000 ROWS 500;

COMMENT ON FUNCTION article_tokens(text) IS
'Tokens of an article: number, sentence number, 1-based character positions (start inclusive, end exclusive), text and kind (word, number, punct, quote, dash, ellipsis, url, email, symbol, emoji)';

CREATE FUNCTION article_sentences(body text)
RETURNS TABLE(sentence_no int, paragraph_no int, start_pos int, end_pos int, sentence text)
AS 'MODULE_PATHNAME', 'article_sentences'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000 ROWS 25;

COMMENT ON FUNCTION article_sentences(text) IS
'Sentences of an article: number, paragraph number, 1-based character positions (start inclusive, end exclusive) and text';

-- Article structure: the role of each paragraph of a scraped page.
CREATE FUNCTION article_paragraphs(body text)
RETURNS TABLE(paragraph_no int, role text, start_pos int, end_pos int, paragraph text,
              dateline_place text, dateline_agency text)
AS 'MODULE_PATHNAME', 'article_paragraphs'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000 ROWS 15;

COMMENT ON FUNCTION article_paragraphs(text) IS
'Paragraphs of an article with their role (headline, dateline, byline, body, credits, boilerplate), 1-based character positions (start inclusive, end exclusive), text, and the place and agency of a dateline; a paragraph that opens with a dateline gives a dateline row and a row for the rest, with the same paragraph_no';

-- Named entities.  The model and lexicons ship with the extension (they are
-- installed with it and versioned with it), so the functions are IMMUTABLE.
CREATE FUNCTION article_entities(body text)
RETURNS TABLE(entity text, type text, canonical text, start_pos int, end_pos int,
              sentence_no int, score real)
AS 'MODULE_PATHNAME', 'article_entities'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000 ROWS 20;

COMMENT ON FUNCTION article_entities(text) IS
'Named entities of an article: the mention as written, type (PERSON, ORG, LOC, MISC), canonical form (the fullest mention of the same entity in the article), 1-based character positions (start inclusive, end exclusive), sentence number and score (0 to 1)';

CREATE FUNCTION article_entity_keys(body text)
RETURNS text[]
AS 'MODULE_PATHNAME', 'article_entity_keys'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000;

COMMENT ON FUNCTION article_entity_keys(text) IS
'Distinct TYPE:canonical keys of the named entities of an article (PERSON:Angela Merkel), sorted by Unicode code point (independent of collation), for GIN indexes';

-- Dates: two functions rather than one with "published date DEFAULT NULL",
-- because a STRICT function returns nothing when any argument is NULL, and
-- article_dates(body) must still find dates with unresolved parts as X.
CREATE FUNCTION article_dates(body text)
RETURNS TABLE(expression text, type text, value text, period tsrange, granularity text,
              start_pos int, end_pos int, sentence_no int)
AS 'MODULE_PATHNAME', 'article_dates'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000 ROWS 10;

COMMENT ON FUNCTION article_dates(text) IS
'Temporal expressions of an article, without a publication date: expression, TIMEX3 type (DATE, TIME, DURATION, SET) and value (unknown parts as X), period (half-open tsrange, or NULL), granularity, 1-based character positions (start inclusive, end exclusive) and sentence number';

CREATE FUNCTION article_dates(body text, published date)
RETURNS TABLE(expression text, type text, value text, period tsrange, granularity text,
              start_pos int, end_pos int, sentence_no int)
AS 'MODULE_PATHNAME', 'article_dates'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000 ROWS 10;

COMMENT ON FUNCTION article_dates(text, date) IS
'Temporal expressions of an article, relative ones resolved against the publication date: expression, TIMEX3 type (DATE, TIME, DURATION, SET) and value, period (half-open tsrange, or NULL), granularity, 1-based character positions (start inclusive, end exclusive) and sentence number';

-- datemultirange exists from PostgreSQL 14: on 13 the extension installs
-- without article_date_ranges.
DO $$
BEGIN
  IF current_setting('server_version_num')::int >= 140000 THEN
    CREATE FUNCTION article_date_ranges(body text, published date)
    RETURNS datemultirange
    AS 'MODULE_PATHNAME', 'article_date_ranges'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
    COST 1000;

    COMMENT ON FUNCTION article_date_ranges(text, date) IS
    'Days covered by the resolved dates and times of an article (durations, sets, references and values with unknown parts left out), as a datemultirange for GiST indexes';
  END IF;
END
$$;

CREATE FUNCTION article_quotes(body text)
RETURNS TABLE(quote text, kind text, speaker text, speaker_canonical text, speaker_role text,
              cue text, quote_start int, quote_end int, speaker_start int, speaker_end int,
              sentence_no int, paragraph_no int)
AS 'MODULE_PATHNAME', 'article_quotes'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000 ROWS 10;

COMMENT ON FUNCTION article_quotes(text) IS
'Quotations of an article: quoted text, kind (direct, partial, indirect), speaker as written, canonical speaker, speaker role, cue, 1-based character positions of quote and speaker (start inclusive, end exclusive), sentence and paragraph numbers';

CREATE FUNCTION article_quote_speakers(body text)
RETURNS text[]
AS 'MODULE_PATHNAME', 'article_quote_speakers'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000;

COMMENT ON FUNCTION article_quote_speakers(text) IS
'Distinct canonical speakers of the quotations of an article, sorted by Unicode code point (independent of collation), for GIN indexes';

CREATE FUNCTION article_version()
RETURNS text
AS 'MODULE_PATHNAME', 'article_version'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION article_version() IS
'Versions of the pg_article extension, its analysis core and its models';

-- The whole analysis in one call: two functions, like article_dates, so that
-- article_analyze(body) still analyses an article without a publication date.
CREATE FUNCTION article_analyze(body text)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'article_analyze'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 5000;

COMMENT ON FUNCTION article_analyze(text) IS
'Whole analysis of an article as jsonb, tokenized once and each stage run once: version, paragraphs with roles and datelines, sentences, entities grouped by canonical entity with their mentions, dates (relative parts unresolved, as X), quotes and the dateline; entities, dates and quotes inside boilerplate paragraphs are left out';

CREATE FUNCTION article_analyze(body text, published date)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'article_analyze'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 5000;

COMMENT ON FUNCTION article_analyze(text, date) IS
'Whole analysis of an article as jsonb, relative dates resolved against the publication date, tokenized once and each stage run once: version, paragraphs with roles and datelines, sentences, entities grouped by canonical entity with their mentions, dates, quotes and the dateline; entities, dates and quotes inside boilerplate paragraphs are left out';
