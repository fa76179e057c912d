#!/usr/bin/env bash
# pg_cluster.sh: a throw-away PostgreSQL cluster for tests, demos and benchmarks.
#
#   scripts/pg_cluster.sh start DIR PORT     create (first time) and start a cluster in DIR
#   scripts/pg_cluster.sh stop DIR           stop it (the files stay)
#   scripts/pg_cluster.sh destroy DIR        stop it and remove DIR
#   scripts/pg_cluster.sh env DIR            print PGHOST/PGPORT/PGUSER exports (eval them)
#   scripts/pg_cluster.sh psql DIR [ARGS]    run psql against it (database postgres by default)
#
# The cluster listens only on a unix socket in DIR/socket, on PORT, with
# durability switched off (fsync, full page writes): it is for throw-away data.
# initdb and postgres refuse to run as root, so as root the server runs as the
# "postgres" user, which then owns DIR; as any other user it runs as that user.
# The extension must be installed first (make install) by whoever owns the
# server's directories.
set -euo pipefail

usage() {
	sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}

die() {
	echo "pg_cluster.sh: $*" >&2
	exit 1
}

PG_CONFIG=${PG_CONFIG:-pg_config}
PG_BIN=$("$PG_CONFIG" --bindir)
SUPERUSER=postgres

# Runs a command as the server's user.
as_server_user() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

# Absolute form of a directory path that may not exist yet.
absolute_dir() {
	case "$1" in
		/*) printf '%s\n' "$1" ;;
		*) printf '%s/%s\n' "$(pwd)" "$1" ;;
	esac
}

# Port recorded by the last start.
cluster_port() {
	[ -f "$1/port" ] || die "no cluster started in $1"
	cat "$1/port"
}

# Makes DIR exist and belong to the server's user, who must be able to reach it.
prepare_dir() {
	local dir=$1
	mkdir -p "$dir"
	if [ "$(id -u)" -eq 0 ]; then
		chown postgres: "$dir"
		chmod 700 "$dir"
		runuser -u postgres -- test -w "$dir" ||
			die "user postgres cannot reach $dir: make its parent directories searchable by others (chmod o+x)"
	fi
}

cmd_start() {
	local dir port socket
	[ $# -eq 2 ] || usage
	dir=$(absolute_dir "$1")
	port=$2
	case "$port" in '' | *[!0-9]*) die "port must be a number: $port" ;; esac
	socket=$dir/socket
	# unix socket paths are limited to about 100 bytes
	[ ${#socket} -le 90 ] || die "directory path too long for a unix socket: $dir"

	prepare_dir "$dir"
	if [ ! -f "$dir/data/PG_VERSION" ]; then
		as_server_user "$PG_BIN/initdb" -D "$dir/data" -U "$SUPERUSER" --auth=trust \
			--encoding=UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 ||
			die "initdb failed, see $dir/initdb.log"
	fi
	as_server_user mkdir -p "$socket"
	if as_server_user "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
		[ "$(cat "$dir/port" 2>/dev/null)" = "$port" ] ||
			die "a cluster already runs in $dir on port $(cat "$dir/port")"
		return 0
	fi
	as_server_user "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
		-o "-p $port -k $socket -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_wal_size=1GB" \
		start >/dev/null || die "server did not start, see $dir/server.log"
	echo "$port" >"$dir/port"
}

cmd_stop() {
	local dir
	[ $# -eq 1 ] || usage
	dir=$(absolute_dir "$1")
	[ -f "$dir/data/PG_VERSION" ] || return 0
	if as_server_user "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
		as_server_user "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
	fi
}

cmd_destroy() {
	[ $# -eq 1 ] || usage
	cmd_stop "$1"
	rm -rf "$(absolute_dir "$1")"
}

cmd_env() {
	local dir
	[ $# -eq 1 ] || usage
	dir=$(absolute_dir "$1")
	printf 'export PGHOST=%q PGPORT=%q PGUSER=%q\n' "$dir/socket" "$(cluster_port "$dir")" "$SUPERUSER"
}

cmd_psql() {
	local dir
	[ $# -ge 1 ] || usage
	dir=$(absolute_dir "$1")
	shift
	PGDATABASE=${PGDATABASE:-postgres} exec "$PG_BIN/psql" -X -h "$dir/socket" \
		-p "$(cluster_port "$dir")" -U "$SUPERUSER" "$@"
}

[ $# -ge 1 ] || usage
command=$1
shift
case "$command" in
	start) cmd_start "$@" ;;
	stop) cmd_stop "$@" ;;
	destroy) cmd_destroy "$@" ;;
	env) cmd_env "$@" ;;
	psql) cmd_psql "$@" ;;
	*) usage ;;
esac
