/*
 * input.c: whole-file and line reading with growing buffers.
 */
#include "input.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#define CLI_READ_CHUNK (1024 * 1024)

/* Grows buf so that it holds at least want bytes. */
static int
buffer_reserve(cli_buffer *buf, size_t want)
{
	size_t		cap = buf->cap ? buf->cap : CLI_READ_CHUNK;
	char	   *data;

	if (want <= buf->cap)
		return 0;
	while (cap < want)
	{
		if (cap > SIZE_MAX / 2)
			return ENOMEM;
		cap *= 2;
	}
	data = realloc(buf->data, cap);
	if (data == NULL)
		return ENOMEM;
	buf->data = data;
	buf->cap = cap;
	return 0;
}

/* Sizes the buffer from fstat for regular files, then reads until EOF. */
int
cli_read_all(int fd, cli_buffer *buf)
{
	struct stat st;
	int			err;

	buf->len = 0;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0 &&
		(uintmax_t) st.st_size < SIZE_MAX - 1)
	{
		/* one more byte, so that the read that sees EOF needs no growth */
		err = buffer_reserve(buf, (size_t) st.st_size + 1);
		if (err != 0)
			return err;
	}
	for (;;)
	{
		ssize_t		n;

		if (buf->cap - buf->len == 0)
		{
			err = buffer_reserve(buf, buf->len + CLI_READ_CHUNK);
			if (err != 0)
				return err;
		}
		n = read(fd, buf->data + buf->len, buf->cap - buf->len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno;
		if (n == 0)
			return 0;
		buf->len += (size_t) n;
	}
}

/* getline() into the caller's buffer, with the newline cut. */
int
cli_read_line(FILE *stream, cli_buffer *buf)
{
	ssize_t		n;

	errno = 0;
	n = getline(&buf->data, &buf->cap, stream);
	if (n < 0)
	{
		buf->len = 0;
		return ferror(stream) ? -1 : 0;
	}
	if (n > 0 && buf->data[n - 1] == '\n')
		n--;
	buf->len = (size_t) n;
	return 1;
}
