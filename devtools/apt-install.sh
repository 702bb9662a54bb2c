#!/usr/bin/env bash
# Install the Debian packages the test suite needs (PostgreSQL, Chromium) when missing.
# Usage: devtools/apt-install.sh COMMAND=PACKAGE ...   e.g. chromium=chromium
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# `make test` sets up side by side, and apt allows one install at a time: wait for the others.
exec 9>"${TMPDIR:-/tmp}/cen-apt-install.lock"
flock 9

missing=()
for pair in "$@"; do
    probe=${pair%%=*}
    package=${pair#*=}
    if [ ! -e "$probe" ] && ! command -v "$probe" >/dev/null 2>&1; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
