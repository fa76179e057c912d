/*
 * status.h: result codes of the core.  The core never prints or exits; each
 * entry point returns one of these and the caller reports it.
 */
#ifndef PA_STATUS_H
#define PA_STATUS_H

typedef enum pa_status
{
	PA_OK = 0,
	PA_ERR_NOMEM,				/* the allocator returned NULL */
	PA_ERR_INVALID_UTF8,		/* ill-formed UTF-8 or a NUL byte */
	PA_ERR_TOO_LONG,			/* text longer than 32-bit offsets allow */
	PA_CANCELLED				/* the progress callback asked to stop */
} pa_status;

/* A short English description of a status, for error messages. */
const char *pa_status_message(pa_status status);

#endif							/* PA_STATUS_H */
