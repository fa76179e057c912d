#!/usr/bin/env bash
# Installs the Debian 12 packages that pg_article needs to build, test and
# benchmark; does nothing when they are all there already.
set -euo pipefail

packages=(
	build-essential pkg-config python3
	postgresql-15 postgresql-server-dev-15 libicu-dev
	postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl
	clang libclang-rt-14-dev valgrind
)

missing=()
for package in "${packages[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
		missing+=("$package")
	fi
done

if [ ${#missing[@]} -eq 0 ]; then
	exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "install_deps: run as root, or install these packages: ${missing[*]}" >&2
	exit 1
fi
echo "install_deps: installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
