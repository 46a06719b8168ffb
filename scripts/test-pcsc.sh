#!/usr/bin/env bash
# Unpack Debian's vpcd (vsmartcard-vpcd: a virtual PC/SC reader driver; GPL, test-only) into
# build/vpcd for tests/chip/test_pcsc_e2e.py, which serves a simulated chip to a private pcscd
# through it. Unpacked, never installed: installed, its reader.conf line would make the
# machine's own pcscd listen on ports 35963-35964 of every interface.
# Idempotent; on a system without apt it says so and the test is skipped.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/build/vpcd"
if [ -n "$(find "$target" -name 'libifdvpcd.so*' 2>/dev/null | head -n 1)" ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-deb >/dev/null 2>&1; then
    echo "test-pcsc: not a Debian/Ubuntu system: the PC/SC end-to-end test is skipped" >&2
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fetch() { (cd "$work" && apt-get download vsmartcard-vpcd >/dev/null 2>&1); }
if ! fetch; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && fetch
    else
        echo "test-pcsc: cannot download vsmartcard-vpcd: run 'sudo apt-get update' once" >&2
        exit 1
    fi
fi
rm -rf "$target.partial"
mkdir -p "$root/build"
dpkg-deb -x "$work"/vsmartcard-vpcd_*.deb "$target.partial"
mv -T "$target.partial" "$target"
echo "test-pcsc: vpcd unpacked into build/vpcd (for the PC/SC end-to-end test)"
