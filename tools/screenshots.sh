#!/usr/bin/env bash
# Remakes the console's screenshots under docs/screens: the real window on a
# virtual screen (Xvfb) at 1366×768, 1920×1080 and 3840×2160, in Chinese and in
# English, each as on a first start (maximised, default layout), on a fresh demo
# township; the audit log in Chinese at 1920×1080; and the assessment dashboard
# in Chinese at 1920×1080 and 3840×2160; the register lists in Chinese at all
# three sizes; and presentation mode of the joint
# meeting (the wall's slide and the presenter view) in Chinese at 1920×1080 and
# 3840×2160, drawn offscreen at the window's real pixel size by
# griddesk_present_shots (built with the tests). The console's 4K pictures use a
# display scale of 200 %, as a wall screen would. Real size; compressed with
# pngquant when it is installed.
#
#   tools/screenshots.sh [BUILD_DIR]      (default: build)
#
# Needs: xvfb-run, xauth, imagemagick (import), fonts-noto-cjk; xdotool for the
# audit and assessment pictures; pngquant optional.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$(cd "${1:-$ROOT/build}" && pwd)"
OUT="$ROOT/docs/screens"
WAIT="${GRIDDESK_SCREENSHOT_WAIT:-10}"   # seconds for the window to open and the map to paint
for tool in xvfb-run import "$BUILD/bin/griddesk" "$BUILD/bin/griddesk-admin"; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is missing" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/demo.gpkg"
"$BUILD/bin/griddesk-admin" demo "$DB" >/dev/null
mkdir -p "$OUT"

# shot NAME SIZE LANG [KEYS] [griddesk options…]: one picture of the whole screen.
shot() {
  local name="$1" size="$2" lang="$3" keys="$4"; shift 4
  local home="$WORK/home-$name"
  mkdir -p "$home/runtime" && chmod 700 "$home/runtime"
  if [ -n "${SEED_PROFILE:-}" ]; then  # settings the console finds in its profile on start
    mkdir -p "$home/data/GridDesk/GridDesk/profiles/default/GridDesk"
    printf '%b' "$SEED_PROFILE" > "$home/data/GridDesk/GridDesk/profiles/default/GridDesk/GridDesk.ini"
  fi
  # A fresh profile each time: the first-start layout, maximised.
  HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
  XDG_RUNTIME_DIR="$home/runtime" LANG=C.UTF-8 \
    xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
      "$0" "$1" --lang "$2" "${@:6}" 2>/dev/null & app=$!
      sleep "$3"
      if [ -n "$4" ]; then  # no window manager: give the console the keyboard first
        xdotool search --onlyvisible --name "GridDesk —" windowfocus --sync key "$4"; sleep 3
      fi
      import -window root "$5"
      kill $app; wait $app 2>/dev/null || true' \
      "$BUILD/bin/griddesk" "$DB" "$lang" "$WAIT" "$keys" "$OUT/$name.png" "$@"
  if command -v pngquant >/dev/null; then
    pngquant --force --skip-if-larger --quality 85-98 --speed 1 --output "$OUT/$name.png" "$OUT/$name.png" || true
  fi
  echo "$OUT/$name.png"
}

for lang in zh_CN en; do
  shot "console-1366x768-$lang" 1366x768 "$lang" ""
  shot "console-1920x1080-$lang" 1920x1080 "$lang" ""
  shot "console-3840x2160-$lang" 3840x2160 "$lang" "" --scale 2
done
if command -v xdotool >/dev/null; then
  shot "audit-1920x1080-zh_CN" 1920x1080 zh_CN ctrl+shift+a
  # The assessment dock in front, the communities coloured by the on-time closure rate.
  export SEED_PROFILE='[assessment]\nkpi=on_time_closure_rate\nlevel=community\nperiodKind=month\nonMap=true\n'
  shot "assessment-1920x1080-zh_CN" 1920x1080 zh_CN ctrl+shift+k
  shot "assessment-3840x2160-zh_CN" 3840x2160 zh_CN ctrl+shift+k --scale 2
  unset SEED_PROFILE
  # The registers: residents on a laptop, the dispute ledger on a monitor, key populations on a wall.
  shot "registers-1366x768-zh_CN" 1366x768 zh_CN ctrl+alt+1
  shot "registers-1920x1080-zh_CN" 1920x1080 zh_CN ctrl+alt+3
  shot "registers-3840x2160-zh_CN" 3840x2160 zh_CN ctrl+alt+4 --scale 2
else
  echo "$0: xdotool is not installed; the audit log picture was not remade" >&2
fi

# Presentation mode: the slides size their type from the window's pixels, so
# these are drawn offscreen at full size, without a display scale.
if [ -x "$BUILD/bin/griddesk_present_shots" ]; then
  home="$WORK/home-present"
  mkdir -p "$home/runtime" && chmod 700 "$home/runtime"
  for size in 1920x1080 3840x2160; do
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
    XDG_RUNTIME_DIR="$home/runtime" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
      "$BUILD/bin/griddesk_present_shots" "$OUT" "$size" 2>/dev/null
    if command -v pngquant >/dev/null; then
      for name in presentation presenter; do
        pngquant --force --skip-if-larger --quality 85-98 --speed 1 --output "$OUT/$name-$size-zh_CN.png" \
          "$OUT/$name-$size-zh_CN.png" || true
      done
    fi
  done
else
  echo "$0: $BUILD/bin/griddesk_present_shots is not built; the presentation pictures were not remade" >&2
fi
