-- article_entities and article_entity_keys: catalogue entries, canonical
-- forms, possessives, curly quotes, an all-caps headline, and invariants
-- over generated articles.  The tagger is statistical: the tests pick
-- entities by their text rather than compare whole results.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS pg_article;
SELECT plan(22);

-- Catalogue.
SELECT has_function('article_entities', ARRAY['text']);
SELECT has_function('article_entity_keys', ARRAY['text']);
SELECT function_returns('article_entities', ARRAY['text'], 'setof record');
SELECT function_returns('article_entity_keys', ARRAY['text'], 'text[]');
SELECT is(pg_get_function_result('article_entities(text)'::regprocedure),
          'TABLE(entity text, type text, canonical text, start_pos integer, end_pos integer, sentence_no integer, score real)',
          'article_entities returns the documented columns');
SELECT volatility_is('article_entities', ARRAY['text'], 'immutable');
SELECT volatility_is('article_entity_keys', ARRAY['text'], 'immutable');
SELECT is_strict('article_entities', ARRAY['text']);
SELECT is_strict('article_entity_keys', ARRAY['text']);
SELECT is(array_agg(proparallel::text || ' ' || (obj_description(oid, 'pg_proc') IS NOT NULL)::text),
          ARRAY['s true', 's true'], 'the entity functions are PARALLEL SAFE and commented')
FROM pg_proc
WHERE oid IN ('article_entities(text)'::regprocedure, 'article_entity_keys(text)'::regprocedure);

-- Canonical forms.
SELECT results_eq(
  $$SELECT entity, type, canonical
    FROM article_entities('Finance Minister Lena Fischer visited Vienna on Tuesday. Fischer met bankers '
                          'from the European Central Bank (ECB), and the ECB promised support.')
    WHERE entity IN ('Lena Fischer', 'Fischer', 'European Central Bank', 'ECB')
    ORDER BY start_pos$$,
  $$VALUES ('Lena Fischer', 'PERSON', 'Lena Fischer'), ('Fischer', 'PERSON', 'Lena Fischer'),
           ('European Central Bank', 'ORG', 'European Central Bank'),
           ('ECB', 'ORG', 'European Central Bank'), ('ECB', 'ORG', 'European Central Bank')$$,
  'a surname takes the full name, an acronym its expansion');
SELECT is(article_entity_keys('Finance Minister Lena Fischer visited Vienna on Tuesday. Fischer met bankers '
                              'from the European Central Bank (ECB), and the ECB promised support.')
            @> ARRAY['PERSON:Lena Fischer', 'ORG:European Central Bank', 'LOC:Vienna'],
          true, 'the keys name canonical forms');

-- Possessives and curly quotes.
SELECT results_eq(
  $$SELECT entity, canonical
    FROM article_entities('Carla Brandt’s team won in Madrid. “Brandt was brilliant,” said coach Omar Haddad.')
    WHERE type = 'PERSON' ORDER BY start_pos$$,
  $$VALUES ('Carla Brandt', 'Carla Brandt'), ('Brandt', 'Carla Brandt'), ('Omar Haddad', 'Omar Haddad')$$,
  'the possessive stays outside the span; a name right after an opening curly quote is found');

-- An all-caps headline.
SELECT results_eq(
  $$SELECT entity, type, canonical
    FROM article_entities(E'MERKEL WARNS OF RECESSION IN GERMANY\n\nChancellor Angela Merkel said on Monday that growth would slow.')
    WHERE entity IN ('MERKEL', 'Angela Merkel') ORDER BY start_pos$$,
  $$VALUES ('MERKEL', 'PERSON', 'Angela Merkel'), ('Angela Merkel', 'PERSON', 'Angela Merkel')$$,
  'an all-caps name in a headline is linked to the full name in the body');
SELECT is((SELECT count(*)::int
           FROM article_entities(E'MERKEL WARNS OF RECESSION IN GERMANY\n\nChancellor Angela Merkel said on Monday that growth would slow.')
           WHERE entity IN ('WARNS', 'RECESSION')), 0, 'headline words are not entities');

-- No entities.
SELECT is((SELECT count(*)::int FROM article_entities('the plan was approved on tuesday after a long debate.')),
          0, 'lower-case text has no entities');
SELECT is(article_entity_keys(''), '{}'::text[], 'empty text has no keys');
SELECT is((SELECT count(*)::int FROM article_entities(NULL)), 0, 'article_entities(NULL) returns no rows');

-- Invariants over generated articles: positions round-trip through
-- substr(), spans are in text order and do not overlap, the keys are the
-- sorted distinct TYPE:canonical pairs.
CREATE TEMP TABLE generated AS
SELECT g AS id,
       string_agg(format('%s %s met %s in %s on Monday. %s said the talks with the %s went well. ',
                         (ARRAY['Minister', 'Chancellor', 'Mayor'])[1 + (s % 3)],
                         (ARRAY['Ana Ruiz', 'Olaf Scholz', 'Rishi Sunak', 'Zoé Lefèvre'])[1 + ((g + s) % 4)],
                         (ARRAY['Emmanuel Macron', 'Lena Fischer', 'Tomás Vidal'])[1 + ((g * s) % 3)],
                         (ARRAY['Paris', 'Berlin', 'São Paulo', 'Nairobi'])[1 + (s % 4)],
                         (ARRAY['Ruiz', 'Scholz', 'Sunak', 'Lefèvre'])[1 + ((g + s) % 4)],
                         (ARRAY['United Nations', 'European Union', 'World Bank'])[1 + (g % 3)]),
                  E'\n\n') AS body
FROM generate_series(1, 40) g, generate_series(1, 1 + g % 7) s
GROUP BY g;
SELECT is((SELECT count(*)::int FROM generated g, article_entities(g.body) e
           WHERE substr(g.body, e.start_pos, e.end_pos - e.start_pos) <> e.entity),
          0, 'every entity round-trips through substr()');
SELECT is((SELECT count(*)::int
           FROM (SELECT start_pos, lag(end_pos) OVER (PARTITION BY g.id ORDER BY e.start_pos) AS previous_end
                 FROM generated g, article_entities(g.body) e) x
           WHERE start_pos < previous_end),
          0, 'entities come in text order and do not overlap');
SELECT is((SELECT count(*)::int FROM generated g
           WHERE article_entity_keys(g.body) IS DISTINCT FROM
                 (SELECT coalesce(array_agg(DISTINCT (type || ':' || canonical) COLLATE "C"
                                            ORDER BY (type || ':' || canonical) COLLATE "C"), '{}')
                  FROM article_entities(g.body))),
          0, 'the keys are the sorted distinct TYPE:canonical pairs of article_entities');
SELECT cmp_ok((SELECT count(*)::int FROM generated g
               WHERE article_entity_keys(g.body) @> ARRAY['PERSON:Emmanuel Macron']),
              '>', 0, 'generated articles are found by a key');

SELECT * FROM finish();
ROLLBACK;
