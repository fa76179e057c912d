/*
 * dates_types.h: what the parts of the date recogniser pass each other.
 *
 * The recogniser reads a sentence as units: tokens, with hyphenated words
 * split at their hyphens (mid-March -> mid, March) and each unit classified
 * once against the lexicon.  A recognised expression is a dt_frame: what
 * the words say (a month, an offset of two weeks back, a duration of five
 * years...), which the normaliser turns into a TIMEX3 value.
 */
#ifndef PA_DATES_TYPES_H
#define PA_DATES_TYPES_H

#include <stdint.h>

#include "dates.h"

/* Lexical class of a unit. */
typedef enum dt_class
{
	DT_OTHER = 0,
	DT_INT,						/* digits only: val is the number, ndigits the digit count */
	DT_NUMBER_OTHER,			/* 1,000  19.00  3.5: never part of a date */
	DT_CLOCK,					/* 19:00 12:30:05 5pm: val = minutes since midnight */
	DT_FULL_DATE,				/* 2023-09-12 9/12/2023: val = yyyymmdd */
	DT_ORDINAL,					/* 5th, third: val = number */
	DT_DECADE,					/* 1990s, '90s: val = first year */
	DT_NUMWORD,					/* one .. ninety, hundred: val = number */
	DT_MONTH,					/* val 1..12 */
	DT_WEEKDAY,					/* val 1 Monday .. 7 Sunday */
	DT_UNIT,					/* val = dt_unit_kind; plural in flags */
	DT_DAYWORD,					/* val: -1 yesterday, 0 today, 1 tomorrow, 2 tonight */
	DT_REF,						/* val = dt_ref */
	DT_PART_OF_DAY,				/* val = dt_part_of_day */
	DT_NOON,					/* noon, midnight: val = minutes */
	DT_SEASON,					/* val = dt_season */
	DT_EDGE,					/* early, mid, late, end, beginning, start, middle: val = dt_edge */
	DT_RELATIVE,				/* last, next, this, past...: val = dt_relative */
	DT_SHIFT,					/* ago, earlier, later, before, after: val = -1 or +1 */
	DT_DET,						/* the, a, an, that: val 0 the, 1 a/an, 2 that */
	DT_SETWORD,					/* daily, weekly...: val = dt_unit_kind */
	DT_EVERY,					/* every, each, per */
	DT_FEW,						/* several, few, many, some, couple: vague amounts */
	DT_APPROX,					/* about, nearly, almost, over, around... */
	DT_AMPM,					/* a.m. p.m.: val 0 am, 12 pm */
	DT_ZONE,					/* GMT, EDT, UTC...: val = offset in minutes */
	DT_FISCAL,					/* fiscal */
	DT_QUARTER_NAME,			/* Q1..Q4, H1, H2: val = number, unit in dt_unit */
	DT_HOLIDAY,					/* Christmas...: val = month * 100 + day */
	DT_PREP,					/* val = dt_prep */
	DT_TENSE,					/* val = dt_direction the word suggests */
	DT_PUNCT,					/* val = the ASCII character */
	DT_CLASS_COUNT
} dt_class;

typedef enum dt_unit_kind
{
	DT_U_NONE = 0,
	DT_U_SECOND,
	DT_U_MINUTE,
	DT_U_HOUR,
	DT_U_DAY,
	DT_U_WEEKEND,
	DT_U_WEEK,
	DT_U_MONTH,
	DT_U_QUARTER,
	DT_U_HALF,
	DT_U_YEAR,
	DT_U_DECADE,
	DT_U_CENTURY,
	DT_U_MILLENNIUM,
	DT_U_PERIOD					/* "period", "session": a span as long as the context's */
} dt_unit_kind;

typedef enum dt_ref
{
	DT_REF_PRESENT = 1,
	DT_REF_PAST,
	DT_REF_FUTURE,
	DT_REF_FUTURE_NOUN			/* future: "the future", or bare in lower case (future losses) */
} dt_ref;

typedef enum dt_part_of_day
{
	DT_POD_MO = 1,
	DT_POD_AF,
	DT_POD_EV,
	DT_POD_NI
} dt_part_of_day;

typedef enum dt_season
{
	DT_SEASON_SP = 1,
	DT_SEASON_SU,
	DT_SEASON_FA,
	DT_SEASON_WI
} dt_season;

typedef enum dt_edge
{
	DT_EDGE_EARLY = 1,
	DT_EDGE_MID,
	DT_EDGE_LATE,
	DT_EDGE_END,				/* end, close: needs "the ... of" */
	DT_EDGE_START				/* beginning, start: needs "the ... of" */
} dt_edge;

typedef enum dt_relative
{
	DT_REL_LAST = 1,			/* last, previous, past */
	DT_REL_NEXT,				/* next, coming, following */
	DT_REL_THIS,				/* this, current */
	DT_REL_LATEST				/* latest, same */
} dt_relative;

typedef enum dt_prep
{
	DT_P_IN = 1,
	DT_P_ON,
	DT_P_AT,
	DT_P_SINCE,
	DT_P_UNTIL,
	DT_P_BY,
	DT_P_FROM,
	DT_P_TO,
	DT_P_BETWEEN,
	DT_P_AND,
	DT_P_DURING,
	DT_P_OF,
	DT_P_FOR,
	DT_P_BEFORE,
	DT_P_AFTER,
	DT_P_THROUGH,
	DT_P_WITHIN,
	DT_P_OTHER
} dt_prep;

typedef enum dt_direction
{
	DT_DIR_NONE = 0,
	DT_DIR_PAST,
	DT_DIR_FUTURE,
	DT_DIR_PRESENT
} dt_direction;

/* Unit flags. */
enum
{
	DT_F_CAP = 1 << 0,			/* first letter upper case */
	DT_F_HYPHEN = 1 << 1,		/* joined to the previous unit by a hyphen */
	DT_F_PLURAL = 1 << 2,		/* days, weeks */
	DT_F_DOT = 1 << 3,			/* ends in an abbreviation period (Sept.) */
	DT_F_ABBR = 1 << 4,			/* an abbreviated form (Sept, Wed) */
	DT_F_AMBIGUOUS = 1 << 5,	/* also a common word or name (May, March, Sun) */
	DT_F_ALL_CAPS = 1 << 6
};

typedef struct dt_unit
{
	uint32_t	start;			/* byte offsets in the text */
	uint32_t	end;
	uint32_t	cstart;			/* code point offsets */
	uint32_t	cend;
	int32_t		val;
	uint16_t	flags;
	uint8_t		cls;			/* dt_class */
	uint8_t		ndigits;		/* DT_INT: digits written */
} dt_unit;

/* How an expression is anchored. */
typedef enum dt_anchor
{
	DT_A_ABSOLUTE = 0,			/* the fields say it all (missing year: from the DCT) */
	DT_A_OFFSET,				/* DCT moved by offset units of unit: last week, two days ago */
	DT_A_WEEKDAY,				/* a weekday near the DCT, direction from tense */
	DT_A_DURATION,				/* amount of unit */
	DT_A_SET,					/* every unit / every weekday */
	DT_A_REF					/* PRESENT_REF ... */
} dt_anchor;

/* What a recognised expression says. */
typedef struct dt_frame
{
	uint8_t		type;			/* pa_timex_type */
	uint8_t		anchor;			/* dt_anchor */
	uint8_t		unit;			/* dt_unit_kind of offsets, durations, sets */
	uint8_t		gran;			/* pa_granularity of absolute and offset values */
	int			year;			/* -1 when not said */
	int			month;
	int			day;
	int			weekday;		/* 1..7, 0 none */
	int			sub;			/* quarter, half or season number */
	int			part_of_day;	/* dt_part_of_day, 0 none */
	int			minutes;		/* time of day, -1 none */
	int			zone;			/* offset in minutes, or DT_NO_ZONE */
	int			offset;			/* DT_A_OFFSET: units to move */
	int			amount;			/* durations; DT_AMOUNT_VAGUE for X */
	int			amount2;		/* 1: and a half (2 1/2 years) */
	int			ref;			/* dt_ref */
	int			relative;		/* dt_relative of a bare month/weekday/season (last March) */
	int			year_relative;	/* dt_relative of the year: January this year, Q3 of last year */
} dt_frame;

#define DT_NO_ZONE (-100000)
#define DT_AMOUNT_VAGUE (-1)

#endif							/* PA_DATES_TYPES_H */
