-- pg_article 0.1.0: the text layer (tokens and sentences).
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

CREATE FUNCTION article_version()
RETURNS text
AS 'MODULE_PATHNAME', 'article_version'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION article_version() IS
'Versions of the pg_article extension, its analysis core and its models';
