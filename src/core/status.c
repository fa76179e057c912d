/*
 * status.c: messages for the core's result codes.
 */
#include "status.h"

/* Returns a fixed English message for status. */
const char *
pa_status_message(pa_status status)
{
	switch (status)
	{
		case PA_OK:
			return "success";
		case PA_ERR_NOMEM:
			return "out of memory";
		case PA_ERR_INVALID_UTF8:
			return "invalid UTF-8 byte sequence";
		case PA_ERR_TOO_LONG:
			return "text is too long (more than 4 GB)";
		case PA_CANCELLED:
			return "cancelled";
	}
	return "unknown status";
}
