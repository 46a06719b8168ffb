#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Verifier needs, if any are missing.
# Idempotent: installs nothing when everything is present. As root it runs apt-get itself;
# otherwise it prints the exact command to run and exits 1.
#     scripts/setup-system.sh [LIST]     (default: packaging/debian-packages.txt)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list="${1:-$here/../packaging/debian-packages.txt}"
mapfile -t wanted < <(grep -v '^\s*#' "$list" | tr -s ' \t' '\n' | grep -v '^$')

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "setup: not a Debian/Ubuntu system; install the equivalents of: ${wanted[*]}" >&2
    exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

cmd=(apt-get install -y --no-install-recommends "${missing[@]}")
if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing system packages: ${missing[*]}" >&2
    echo "setup: run this once, then run make again:" >&2
    echo "    sudo apt-get update && sudo ${cmd[*]}" >&2
    exit 1
fi
echo "setup: installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
"${cmd[@]}"
