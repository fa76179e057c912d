-- article_quotes and article_quote_speakers: catalogue entries, speakers
-- before and after the quote, pronouns and continuations, roles and cues,
-- indirect speech, apostrophes, and invariants over generated articles.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS pg_article;
SELECT plan(30);

-- Catalogue.
SELECT has_function('article_quotes', ARRAY['text']);
SELECT has_function('article_quote_speakers', ARRAY['text']);
SELECT function_returns('article_quotes', ARRAY['text'], 'setof record');
SELECT function_returns('article_quote_speakers', ARRAY['text'], 'text[]');
SELECT is(pg_get_function_result('article_quotes(text)'::regprocedure),
          'TABLE(quote text, kind text, speaker text, speaker_canonical text, speaker_role text, cue text, quote_start integer, quote_end integer, speaker_start integer, speaker_end integer, sentence_no integer, paragraph_no integer)',
          'article_quotes returns the documented columns');
SELECT volatility_is('article_quotes', ARRAY['text'], 'immutable');
SELECT volatility_is('article_quote_speakers', ARRAY['text'], 'immutable');
SELECT is_strict('article_quotes', ARRAY['text']);
SELECT is_strict('article_quote_speakers', ARRAY['text']);
SELECT is(array_agg(proparallel::text || ' ' || (obj_description(oid, 'pg_proc') IS NOT NULL)::text),
          ARRAY['s true', 's true'], 'the quote functions are PARALLEL SAFE and commented')
FROM pg_proc
WHERE oid IN ('article_quotes(text)'::regprocedure, 'article_quote_speakers(text)'::regprocedure);

-- Attribution.
SELECT results_eq(
  $$SELECT quote, kind, speaker, speaker_canonical, speaker_role, cue
    FROM article_quotes('Health Minister Lena Fischer said: "The hospitals are full."')$$,
  $$VALUES ('The hospitals are full.', 'direct', 'Lena Fischer', 'Lena Fischer', 'Health Minister', 'said')$$,
  'a colon introduction: speaker and role before the quote');
SELECT results_eq(
  $$SELECT quote, speaker, speaker_canonical, cue
    FROM article_quotes(E'“The first part of the plan is done,” said Carla Brandt.\n\n'
                        '“The second part starts in spring,” Brandt added. “Nobody should worry.”')
    ORDER BY quote_start$$,
  $$VALUES ('The first part of the plan is done,', 'Carla Brandt', 'Carla Brandt', 'said'),
           ('The second part starts in spring,', 'Brandt', 'Carla Brandt', 'added'),
           ('Nobody should worry.', NULL, 'Carla Brandt', NULL)$$,
  'a surname and a continuation take the full name');
SELECT results_eq(
  $$SELECT speaker, speaker_canonical, cue
    FROM article_quotes('"Inflation is too high," bank president Bruno Keller said. ''We are not done,'' he added.')
    ORDER BY quote_start$$,
  $$VALUES ('Bruno Keller', 'Bruno Keller', 'said'), ('he', 'Bruno Keller', 'added')$$,
  'a pronoun takes the last named speaker, with straight single marks');
SELECT results_eq(
  $$SELECT quote, kind, speaker, speaker_role, cue
    FROM article_quotes('Police chief Omar Haddad told reporters the suspect had fled.')$$,
  $$VALUES ('the suspect had fled', 'indirect', 'Omar Haddad', 'Police chief', 'told reporters')$$,
  'reported speech without marks is indirect');
SELECT results_eq(
  $$SELECT quote, kind, speaker
    FROM article_quotes('Opposition leader Tomás Vidal said the measures were "a show for the cameras" and would not work.')
    WHERE kind = 'partial'$$,
  $$VALUES ('a show for the cameras', 'partial', 'Tomás Vidal')$$,
  'a quoted fragment inside reported speech is partial');
SELECT is((SELECT count(*)::int FROM article_quotes('Ruiz’s office declined to discuss the ’90s rules or rock ’n’ roll.')),
          0, 'apostrophes are not quote marks');
SELECT is((SELECT count(*)::int FROM article_quotes('The trains ran on time and the weather was mild.')),
          0, 'no quotes, no rows');

-- Speakers for GIN indexes.
SELECT is(article_quote_speakers(E'"Yes," said Zoe Brandt. "No," said Bruno Keller. "Maybe," Brandt added.\n\n'
                                 '“Later,” said Ángel Soto.'),
          ARRAY['Bruno Keller', 'Zoe Brandt', 'Ángel Soto'],
          'speakers are distinct and in code point order, whatever the collation');
SELECT is(article_quote_speakers('The trains ran on time.'), '{}'::text[], 'no speakers: an empty array');
SELECT is(article_quote_speakers(NULL), NULL, 'NULL in, NULL out');

-- Invariants over generated articles.
CREATE TEMP TABLE generated_quoted AS
SELECT g AS id,
       format(E'CITY %s (Agency) — %s %s said on Monday that the plan %s would go ahead.\n\n'
              '“We are ready for case %s,” %s told reporters. “Nothing changes.”\n\n'
              '"The costs are %s," said %s, a %s. ''They are higher,'' she added.',
              g, (ARRAY['Mayor', 'Minister', 'Spokeswoman'])[1 + g % 3],
              (ARRAY['Ana Ruiz', 'Zoé Lefèvre', 'Lena Fischer', 'Ángel Soto'])[1 + g % 4], g, g,
              (ARRAY['Ruiz', 'Lefèvre', 'Fischer', 'Soto'])[1 + g % 4], g * 1000,
              (ARRAY['Carla Brandt', 'Marta Gomez'])[1 + g % 2], (ARRAY['analyst', 'lawyer'])[1 + g % 2]) AS body
FROM generate_series(1, 300) g;

SELECT cmp_ok((SELECT count(*)::int FROM generated_quoted q, article_quotes(q.body)), '>=', 300 * 4,
              'the generated articles give at least four quotes each');
SELECT is((SELECT count(*)::int FROM generated_quoted q, article_quotes(q.body)
           WHERE substr(q.body, quote_start, quote_end - quote_start) IS DISTINCT FROM quote), 0,
          'substr(body, quote_start, quote_end - quote_start) is the quote');
SELECT is((SELECT count(*)::int FROM generated_quoted q, article_quotes(q.body)
           WHERE speaker IS NOT NULL
             AND substr(q.body, speaker_start, speaker_end - speaker_start) IS DISTINCT FROM speaker), 0,
          'substr(body, speaker_start, speaker_end - speaker_start) is the speaker');
SELECT is((SELECT count(*)::int FROM generated_quoted q, article_quotes(q.body)
           WHERE (speaker IS NULL) <> (speaker_start IS NULL) OR (speaker IS NULL) <> (speaker_end IS NULL)), 0,
          'speaker positions are NULL exactly when there is no speaker mention');
SELECT is((SELECT count(*)::int FROM generated_quoted q, article_quotes(q.body)
           WHERE kind NOT IN ('direct', 'partial', 'indirect') OR quote_start >= quote_end
              OR sentence_no < 1 OR paragraph_no < 1), 0,
          'kinds, spans, sentence and paragraph numbers are well formed');
SELECT is((SELECT count(*)::int FROM generated_quoted q, article_quotes(q.body) a, article_sentences(q.body) s
           WHERE s.sentence_no = a.sentence_no AND s.paragraph_no <> a.paragraph_no), 0,
          'a quote''s paragraph is its sentence''s paragraph');
SELECT is((SELECT count(*)::int FROM generated_quoted q
           WHERE article_quote_speakers(q.body) IS DISTINCT FROM
                 (SELECT coalesce(array_agg(DISTINCT speaker_canonical COLLATE "C" ORDER BY speaker_canonical COLLATE "C"), '{}')
                  FROM article_quotes(q.body) WHERE speaker_canonical IS NOT NULL)), 0,
          'article_quote_speakers is the sorted distinct canonical speakers of article_quotes');
SELECT is((SELECT count(*)::int FROM generated_quoted q
           WHERE NOT article_quote_speakers(q.body) @>
                 ARRAY[(ARRAY['Ana Ruiz', 'Zoé Lefèvre', 'Lena Fischer', 'Ángel Soto'])[1 + q.id % 4],
                       (ARRAY['Carla Brandt', 'Marta Gomez'])[1 + q.id % 2]]), 0,
          'every generated article names its two speakers');
SELECT is((SELECT count(*)::int FROM generated_quoted q, article_quotes(q.body)
           WHERE quote LIKE 'Nothing changes%'
             AND speaker_canonical IS DISTINCT FROM (ARRAY['Ana Ruiz', 'Zoé Lefèvre', 'Lena Fischer', 'Ángel Soto'])[1 + q.id % 4]), 0,
          'a continuation quote takes the speaker of the quote before it');

\ir include/cancel_state.sql

SET LOCAL statement_timeout = '1s';
SELECT is(pg_temp.cancel_state($$
            SELECT count(*) FROM article_quotes(
              repeat('"We are ready," Ana Ruiz said. He added that the plan works. ', 1700000))$$),
          '57014', 'statement_timeout promptly cancels article_quotes on 100 MB of text');
SET LOCAL statement_timeout = 0;

SELECT * FROM finish();
ROLLBACK;
