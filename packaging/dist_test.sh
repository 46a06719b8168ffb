#!/usr/bin/env bash
# Smoke test of the installers (`make dist-test`, after `make dist`): the .deb installed into a
# fresh directory root and the AppDir each run `verifier demo` with the network unavailable
# (unshare -n); the bundle holds no test data or build tools; the MSI has its tables, files,
# Start-menu shortcut and upgrade code.
set -euo pipefail
dist=${1:-build/dist}
deb=$(ls "$dist"/verifier_*_amd64.deb)
msi=$(ls "$dist"/verifier-*-wxs-check-linux-payload.msi)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

start=$(date +%s)
dpkg-deb -x "$deb" "$work/root"
echo "deb extracted into a fresh root in $(( $(date +%s) - start )) s"

# every bundled sample document (counted from the source tree: the bundle ships them all)
samples=$(find samples -mindepth 1 -maxdepth 1 -type d | wc -l)

run_demo() {  # $1: the verifier executable
    VERIFIER_HOME="$work/home-$RANDOM" unshare -n "$1" demo > "$work/demo.txt"
    rows=$(grep -cE 'no_anomalies|anomalies|inconclusive' "$work/demo.txt")
    wrong=$(python3 - "$work/demo.txt" <<'PY'
import sys
bad = 0
for line in open(sys.argv[1]).read().splitlines()[2:]:
    expected, verdict = line[29:59].strip(), line[60:73].strip()
    bad += (expected == "no anomalies") != (verdict == "no_anomalies")
print(bad)
PY
)
    [ "$rows" -eq "$samples" ] || { echo "FAIL: $1 demo printed $rows of $samples samples"; exit 1; }
    [ "$wrong" -eq 0 ] || { echo "FAIL: $1 demo: $wrong wrong verdicts"; cat "$work/demo.txt"; exit 1; }
    # the same verdicts and failed checks as the checkout's (the bundle's own OpenCV build and
    # libraries against the development environment's): every column but the time
    if ! diff <(sed -E 's/ +[0-9.]+s$//' "$work/checkout.txt") <(sed -E 's/ +[0-9.]+s$//' "$work/demo.txt"); then
        echo "FAIL: $1 demo differs from the checkout's"; exit 1
    fi
    echo "ok: $1 demo, offline: $samples samples, the checkout's verdicts and failed checks"
}
VERIFIER_HOME="$work/home-checkout" .venv/bin/verifier demo > "$work/checkout.txt"
run_demo "$work/root/opt/verifier/verifier"
VERIFIER_HOME="$work/home-doctor" unshare -n "$work/root/opt/verifier/verifier" doctor > /dev/null
echo "ok: doctor in the installed tree"
# accounts in the installed tree: scrypt and the sealed key pair (cryptography's OpenSSL; Python's
# own is left out), a right password signs in and a wrong one does not
accounts="$work/home-accounts"
printf 'installer check 1\n' | VERIFIER_HOME="$accounts" unshare -n \
    "$work/root/opt/verifier/verifier" officers add chief --role admin --password-stdin > /dev/null
printf 'installer check 1\n' | VERIFIER_HOME="$accounts" unshare -n \
    "$work/root/opt/verifier/verifier" officers list --user chief --password-stdin | grep -q chief
if printf 'installer check 2\n' | VERIFIER_HOME="$accounts" unshare -n \
    "$work/root/opt/verifier/verifier" officers list --user chief --password-stdin > /dev/null 2>&1; then
    echo "FAIL: a wrong password signed in"; exit 1
fi
echo "ok: an account made and signed in to in the installed tree, a wrong password refused"
run_demo "$dist/Verifier.AppDir/AppRun"

# the desktop application starts from the installed tree (offscreen, offline) and waits at its
# first dialog: what it loads (Qt's libraries and plugins, the forms) is all in the bundle
gui_start() {  # $1: the verifier-gui launcher
    rc=0
    VERIFIER_HOME="$work/home-gui-$RANDOM" QT_QPA_PLATFORM=offscreen unshare -n \
        timeout 30 "$1" > "$work/gui.txt" 2>&1 || rc=$?
    if [ "$rc" -ne 124 ] || grep -qiE 'traceback|cannot load|could not load|error' "$work/gui.txt"; then
        echo "FAIL: $1 did not start (exit $rc)"; cat "$work/gui.txt"; exit 1
    fi
    echo "ok: $1 started offline and waited at its first dialog"
}
gui_start "$work/root/opt/verifier/verifier-gui"
gui_start "$dist/Verifier.AppDir/AppRun"

for forbidden in tests pytest _pytest hypothesis torch models/train mypy ruff; do
    if [ -e "$work/root/opt/verifier/_internal/$forbidden" ]; then
        echo "FAIL: the bundle contains $forbidden"; exit 1
    fi
done
echo "ok: no test data or build tools in the bundle"

# offline by design: no TLS in the bundle (Python's ssl and OpenSSL's libssl left out)
tls=$(find "$work/root/opt/verifier" \( -name "_ssl.*" -o -name "libssl.so*" \) | head -1)
[ -z "$tls" ] || { echo "FAIL: the bundle carries TLS: $tls"; exit 1; }
echo "ok: no TLS code in the bundle"

# identical sample images are links to one copy (packaging/link_duplicates.py); the demos above
# read them through the links
links=$(find "$work/root/opt/verifier/_internal/samples" -type l | wc -l)
[ "$links" -gt 0 ] || { echo "FAIL: no sample image linked to an identical one"; exit 1; }
echo "ok: $links sample images linked to identical ones"

tables=$(msiinfo tables "$msi")
for table in File Component Directory Shortcut Upgrade Feature; do
    grep -qx "$table" <<< "$tables" || { echo "FAIL: MSI table $table missing"; exit 1; }
done
files=$(msiinfo export "$msi" File > "$work/files.txt"; tail -n +4 "$work/files.txt" | wc -l)
[ "$files" -gt 100 ] || { echo "FAIL: MSI has $files files"; exit 1; }
shortcuts=$(msiinfo export "$msi" Shortcut)  # captured first: grep -q would cut the pipe
properties=$(msiinfo export "$msi" Property)
grep -q 'VerifierShortcut.*VerifierMenu.*verifier-gui' <<< "$shortcuts" \
    || { echo "FAIL: no Start-menu shortcut"; exit 1; }
grep -q '^ALLUSERS	1' <<< "$properties" || { echo "FAIL: not per-machine"; exit 1; }
grep -q 'UpgradeCode	{5B0C6A5E-3C47-4E0E-9F2C-9303A0000001}' <<< "$properties" \
    || { echo "FAIL: upgrade code"; exit 1; }
echo "ok: MSI with $files files, Start-menu shortcut, per-machine, upgrade code"
