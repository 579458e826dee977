#!/usr/bin/env bash
# tools/with-screen.sh gives a program that paints a screen when there is no
# display (as `griddesk.sh run` and `griddesk.sh bench` need on a server), and
# passes the exit code through. Run by ctest with the console as $1.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
console="$1"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
fail() { echo "FAIL: $*" >&2; exit 1; }

# Without a display the console cannot start at all…
"$console" --help >/dev/null 2>&1 && fail "the console started without any display; the check below proves nothing"
# …on the virtual screen it does.
out="$("$ROOT/tools/with-screen.sh" "$console" --help 2>&1)" || fail "the console did not start on the virtual screen: $out"
grep -q "usage: griddesk" <<<"$out" || fail "unexpected output: $out"
# The command's exit code comes back.
"$ROOT/tools/with-screen.sh" sh -c 'exit 3'
[ $? -eq 3 ] || fail "the exit code was not passed through"
# Both commands that paint use it.
grep -q 'with-screen.sh" "$BUILD/bin/griddesk-bench"' "$ROOT/griddesk.sh" || fail "griddesk.sh bench does not use a virtual screen"
grep -q 'with-screen.sh" "$BUILD/bin/griddesk"' "$ROOT/griddesk.sh" || fail "griddesk.sh run does not use a virtual screen"
echo "PASS"
