-- article_version and the extension's catalogue entries.

-- The version line names the installed extension version, the core, and
-- the entity model (format, checksum, what it was trained on) and lexicons
-- (lists, names, checksum) that the functions use.
SELECT article_version() ~ '^pg_article [0-9]+\.[0-9]+\.[0-9]+ \(core [0-9]+\.[0-9]+\.[0-9]+, models: entities format [0-9]+ crc32c [0-9a-f]{8} "[^"]*"; lexicons [0-9]+ lists [0-9]+ names crc32c [0-9a-f]{8}\)$' AS well_formed;
SELECT substring(article_version() FROM 'lexicons ([0-9]+) lists')::int > 0 AS has_lexicons,
       substring(article_version() FROM '([0-9]+) names')::int > 1000 AS has_names;
SELECT position('pg_article ' || extversion || ' ' IN article_version()) = 1 AS matches_extension
FROM pg_extension WHERE extname = 'pg_article';

-- An installation of the previous release can be updated to this one.
SELECT source, target, path FROM pg_extension_update_paths('pg_article')
WHERE path IS NOT NULL ORDER BY source, target;

-- Installable without superuser rights, and relocatable.
SELECT name, version, superuser, trusted, relocatable
FROM pg_available_extension_versions
WHERE name = 'pg_article'
  AND version = (SELECT default_version FROM pg_available_extensions WHERE name = 'pg_article');

-- Every function of the extension has a comment.
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS arguments,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
JOIN pg_extension e ON d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid
WHERE e.extname = 'pg_article' AND d.deptype = 'e'
ORDER BY p.proname, arguments;

-- Result columns as documented.
SELECT pg_get_function_result('article_tokens(text)'::regprocedure);
SELECT pg_get_function_result('article_sentences(text)'::regprocedure);
SELECT pg_get_function_result('article_entities(text)'::regprocedure);
SELECT pg_get_function_result('article_entity_keys(text)'::regprocedure);
SELECT pg_get_function_result('article_dates(text)'::regprocedure);
SELECT pg_get_function_result('article_dates(text, date)'::regprocedure);
SELECT pg_get_function_result('article_date_ranges(text, date)'::regprocedure);
SELECT pg_get_function_result('article_quotes(text)'::regprocedure);
SELECT pg_get_function_result('article_quote_speakers(text)'::regprocedure);
SELECT pg_get_function_result('article_analyze(text)'::regprocedure);
SELECT pg_get_function_result('article_analyze(text, date)'::regprocedure);
