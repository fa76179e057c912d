/*
 * pg_article.h: what the module entry (pg_article.c) shares with the
 * functions.
 */
#ifndef PA_PG_ARTICLE_H
#define PA_PG_ARTICLE_H

/*
 * The extension, core, model and lexicon versions as one line, palloc'd
 * (loading the entity data, so the line names what the functions use).
 */
char	   *pa_pg_version_line(void);

#endif							/* PA_PG_ARTICLE_H */
