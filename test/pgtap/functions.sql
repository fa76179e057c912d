-- pg_article functions: signatures, result columns, volatility, strictness,
-- parallel safety and comments.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS pg_article;
SELECT plan(40);

SELECT has_extension('pg_article');

SELECT has_function('article_tokens', ARRAY['text']);
SELECT has_function('article_sentences', ARRAY['text']);
SELECT has_function('article_version', ARRAY[]::text[]);
SELECT has_function('article_analyze', ARRAY['text']);
SELECT has_function('article_analyze', ARRAY['text', 'date']);

SELECT function_returns('article_tokens', ARRAY['text'], 'setof record');
SELECT function_returns('article_sentences', ARRAY['text'], 'setof record');
SELECT function_returns('article_version', ARRAY[]::text[], 'text');
SELECT function_returns('article_analyze', ARRAY['text'], 'jsonb');
SELECT function_returns('article_analyze', ARRAY['text', 'date'], 'jsonb');

SELECT is(pg_get_function_result('article_tokens(text)'::regprocedure),
          'TABLE(token_no integer, sentence_no integer, start_pos integer, end_pos integer, token text, kind text)',
          'article_tokens returns the documented columns');
SELECT is(pg_get_function_result('article_sentences(text)'::regprocedure),
          'TABLE(sentence_no integer, paragraph_no integer, start_pos integer, end_pos integer, sentence text)',
          'article_sentences returns the documented columns');

SELECT volatility_is('article_tokens', ARRAY['text'], 'immutable');
SELECT volatility_is('article_sentences', ARRAY['text'], 'immutable');
SELECT volatility_is('article_version', ARRAY[]::text[], 'immutable');
SELECT volatility_is('article_analyze', ARRAY['text'], 'immutable');
SELECT volatility_is('article_analyze', ARRAY['text', 'date'], 'immutable');

SELECT is_strict('article_tokens', ARRAY['text']);
SELECT is_strict('article_sentences', ARRAY['text']);
SELECT is_strict('article_version', ARRAY[]::text[]);
SELECT is_strict('article_analyze', ARRAY['text']);
SELECT is_strict('article_analyze', ARRAY['text', 'date']);

SELECT function_lang_is('article_tokens', ARRAY['text'], 'c');
SELECT function_lang_is('article_sentences', ARRAY['text'], 'c');
SELECT function_lang_is('article_version', ARRAY[]::text[], 'c');

SELECT is(proparallel, 's', proname || ' is PARALLEL SAFE')
FROM pg_proc
WHERE oid IN ('article_tokens(text)'::regprocedure, 'article_sentences(text)'::regprocedure,
              'article_version()'::regprocedure, 'article_analyze(text)'::regprocedure,
              'article_analyze(text, date)'::regprocedure)
ORDER BY proname, oid;

SELECT ok(obj_description(oid, 'pg_proc') IS NOT NULL, proname || ' has a comment')
FROM pg_proc
WHERE oid IN ('article_tokens(text)'::regprocedure, 'article_sentences(text)'::regprocedure,
              'article_version()'::regprocedure, 'article_analyze(text)'::regprocedure,
              'article_analyze(text, date)'::regprocedure)
ORDER BY proname, oid;

SELECT is((SELECT count(*)::int FROM article_tokens(NULL)), 0, 'article_tokens(NULL) returns no rows');
SELECT is((SELECT count(*)::int FROM article_sentences(NULL)), 0, 'article_sentences(NULL) returns no rows');
SELECT matches(article_version(),
               '^pg_article \S+ \(core \S+, models: entities format \d+ crc32c [0-9a-f]{8} "[^"]+"; lexicons \d+ lists \d+ names crc32c [0-9a-f]{8}\)$',
               'article_version names extension, core, entity model and lexicons');
SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'pg_article'),
          substring(article_version() FROM '^pg_article (\S+)'),
          'article_version reports the installed extension version');

SELECT * FROM finish();
ROLLBACK;
