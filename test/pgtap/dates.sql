-- article_dates and article_date_ranges: catalogue entries, resolution
-- against the publication date, unknown parts without one, errors, and
-- invariants over generated articles (positions, periods, day ranges).
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS pg_article;
SELECT plan(38);

-- Catalogue.
SELECT has_function('article_dates', ARRAY['text']);
SELECT has_function('article_dates', ARRAY['text', 'date']);
SELECT has_function('article_date_ranges', ARRAY['text', 'date']);
SELECT function_returns('article_dates', ARRAY['text'], 'setof record');
SELECT function_returns('article_dates', ARRAY['text', 'date'], 'setof record');
SELECT function_returns('article_date_ranges', ARRAY['text', 'date'], 'datemultirange');
SELECT is(pg_get_function_result('article_dates(text, date)'::regprocedure),
          'TABLE(expression text, type text, value text, period tsrange, granularity text, start_pos integer, end_pos integer, sentence_no integer)',
          'article_dates returns the documented columns');
SELECT volatility_is('article_dates', ARRAY['text'], 'immutable');
SELECT volatility_is('article_dates', ARRAY['text', 'date'], 'immutable');
SELECT volatility_is('article_date_ranges', ARRAY['text', 'date'], 'immutable');
SELECT is_strict('article_dates', ARRAY['text']);
SELECT is_strict('article_dates', ARRAY['text', 'date']);
SELECT is_strict('article_date_ranges', ARRAY['text', 'date']);
SELECT is(array_agg(proparallel::text || ' ' || (obj_description(oid, 'pg_proc') IS NOT NULL)::text),
          ARRAY['s true', 's true', 's true'], 'the date functions are PARALLEL SAFE and commented')
FROM pg_proc
WHERE oid IN ('article_dates(text)'::regprocedure, 'article_dates(text, date)'::regprocedure,
              'article_date_ranges(text, date)'::regprocedure);

-- A bare weekday follows the tense: back for what happened, forward for
-- what will happen (published on Wednesday 2023-09-20).
SELECT is((SELECT value FROM article_dates('The minister arrived in Brussels on Monday.', '2023-09-20')),
          '2023-09-18', 'a past-tense Monday is the one before publication');
SELECT is((SELECT value FROM article_dates('The minister will arrive in Brussels on Monday.', '2023-09-20')),
          '2023-09-25', 'a future-tense Monday is the one after publication');
SELECT is((SELECT value FROM article_dates('The ministers will meet on Friday.', '2023-09-20')),
          '2023-09-22', 'a future-tense Friday of the same week');
SELECT is((SELECT period FROM article_dates('The ministers will meet on Friday.', '2023-09-20')),
          tsrange('2023-09-22', '2023-09-23'), 'a day''s period is that day, half-open');

-- Relative expressions around year ends and leap days.
SELECT is((SELECT value FROM article_dates('Sales fell last week.', '2024-01-02')), '2023-W52',
          'last week on 2 January is the previous year''s last ISO week');
SELECT is((SELECT value FROM article_dates('Sales fell last week.', '2021-01-06')), '2020-W53',
          'ISO week 53');
SELECT is((SELECT value FROM article_dates('The plant will reopen next month.', '2023-12-31')), '2024-01',
          'next month on 31 December is January of the next year');
SELECT is((SELECT value FROM article_dates('The ship sank yesterday.', '2024-03-01')), '2024-02-29',
          'yesterday on 1 March of a leap year is 29 February');
SELECT is((SELECT period FROM article_dates('Sales fell last week.', '2024-01-02')),
          tsrange('2023-12-25', '2024-01-01'), 'a week''s period runs Monday to Monday');

-- Without a publication date: unknown parts are X, no period; absolute
-- dates are the same either way.
SELECT is((SELECT array_agg(value ORDER BY start_pos)
           FROM article_dates('The minister arrived on Monday and leaves next month.')),
          ARRAY['XXXX-WXX-1', 'XXXX-XX'], 'relative values keep their unknown parts as X');
SELECT is((SELECT count(*)::int FROM article_dates('The minister arrived on Monday and leaves next month.')
           WHERE period IS NOT NULL), 0, 'values with unknown parts have no period');
SELECT is((SELECT array_agg(value || ' ' || period::text) FROM article_dates('The treaty was signed on 14 March 2022.')),
          (SELECT array_agg(value || ' ' || period::text) FROM article_dates('The treaty was signed on 14 March 2022.', '2030-06-01')),
          'absolute dates do not depend on the publication date');
SELECT is((SELECT count(*)::int FROM article_dates('Monday', NULL)), 0,
          'a NULL publication date in the two-argument form returns no rows (STRICT)');

-- Errors.
SELECT throws_ok($$SELECT * FROM article_dates('Friday', 'infinity')$$, '22008', NULL,
                 'an infinite publication date is refused');
SELECT throws_ok($$SELECT article_date_ranges('Friday', '12000-01-01')$$, '22008', NULL,
                 'a publication date after 9999 is refused');

-- Settings: periods are computed from integers, not from text.
SET LOCAL TimeZone = 'Asia/Kathmandu';
SET LOCAL DateStyle = 'SQL, DMY';
SELECT is((SELECT extract(epoch FROM lower(period))::bigint
           FROM article_dates('The ministers will meet on Friday.', '2023-09-20')),
          1695340800::bigint, 'TimeZone and DateStyle do not move a period');
RESET TimeZone;
RESET DateStyle;

-- Invariants over generated articles with varied publication dates.
CREATE TEMP TABLE generated_dated AS
SELECT g AS id, date '2019-12-20' + (g * 7) % 900 AS published_on,
       format('CITY %s (Agency) - The council met on %s and will vote on %s, officials said %s. '
              'The plan, first drafted on %s %s %s, follows a %s report. Talks resume next month.',
              g, (ARRAY['Monday', 'Tuesday', 'Sunday'])[1 + g % 3], (ARRAY['Friday', 'Thursday'])[1 + g % 2],
              (ARRAY['yesterday', 'on Wednesday', 'last week'])[1 + g % 3], 1 + g % 28,
              (ARRAY['January', 'March', 'September', 'December'])[1 + g % 4], 2000 + g % 24, 1990 + g % 30) AS body
FROM generate_series(1, 300) g;

SELECT is((SELECT count(*)::int FROM generated_dated d, article_dates(d.body, d.published_on)
           WHERE substr(d.body, start_pos, end_pos - start_pos) IS DISTINCT FROM expression), 0,
          'substr(body, start_pos, end_pos - start_pos) is the expression');
SELECT cmp_ok((SELECT count(*)::int FROM generated_dated d, article_dates(d.body, d.published_on)), '>=', 300 * 5,
              'the generated articles give at least five expressions each');
SELECT is((SELECT count(*)::int FROM generated_dated d, article_dates(d.body, d.published_on)
           WHERE (period IS NULL) <> (type IN ('DURATION', 'SET') OR value ~ 'X|_REF')), 0,
          'with a publication date, exactly the open values have no period');
SELECT is((SELECT count(*)::int FROM generated_dated d, article_dates(d.body, d.published_on)
           WHERE NOT isempty(period) AND lower_inc(period) AND NOT upper_inc(period)) ,
          (SELECT count(*)::int FROM generated_dated d, article_dates(d.body, d.published_on) WHERE period IS NOT NULL),
          'periods are non-empty and half-open');
SELECT is((SELECT count(*)::int FROM generated_dated d, article_dates(d.body, d.published_on)
           WHERE type = 'DATE' AND value ~ '^\d{4}-\d{2}-\d{2}$' AND period <> tsrange(value::date, value::date + 1)), 0,
          'a day value''s period is that day');
SELECT is((SELECT count(*)::int FROM generated_dated d
           WHERE article_date_ranges(d.body, d.published_on) IS DISTINCT FROM
                 (SELECT coalesce(range_agg(daterange(lower(period)::date,
                                                      (upper(period) - interval '1 microsecond')::date, '[]')),
                                  '{}'::datemultirange)
                  FROM article_dates(d.body, d.published_on)
                  WHERE type IN ('DATE', 'TIME') AND period IS NOT NULL AND value !~ 'X|_REF')), 0,
          'article_date_ranges is the union of the days of the resolved periods');
SELECT is((SELECT count(*)::int FROM generated_dated d
           WHERE NOT article_date_ranges(d.body, d.published_on) @> d.published_on - 1
             AND d.body LIKE '%yesterday%'), 0,
          'an article that says yesterday covers the day before publication');

\ir include/cancel_state.sql

SET LOCAL statement_timeout = '1s';
SELECT is(pg_temp.cancel_state($$
            SELECT count(*) FROM article_dates(
              repeat('The minister arrived on Monday and leaves next month, officials said. ', 1500000),
              '2023-09-20')$$),
          '57014', 'statement_timeout promptly cancels article_dates on 100 MB of text');
SET LOCAL statement_timeout = 0;

SELECT * FROM finish();
ROLLBACK;
