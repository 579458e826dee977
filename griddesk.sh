#!/usr/bin/env bash
# GridDesk on Debian 12: install what is missing, build, and run.
#
#   ./griddesk.sh run [griddesk options]   set up, create the demo database if needed, open the console
#   ./griddesk.sh test                     set up, build with Qt 5 and Qt 6, run the whole test suite
#   ./griddesk.sh bench                    set up, build, print the performance figures
#   ./griddesk.sh build                    set up and build only
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD="${GRIDDESK_BUILD_DIR:-$ROOT/build}"
BUILD_QT6="${GRIDDESK_BUILD_QT6_DIR:-$ROOT/build-qt6}"
JOBS="${GRIDDESK_JOBS:-$(nproc)}"

# Debian 12 packages, grouped as in the project's platform notes.
PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config binutils git
  # Qt 5 + QGIS (map and app follow QGIS's Qt)
  libqgis-dev qgis-providers libqt5charts5-dev libqt5sql5-psql libqt5sql5-sqlite qtkeychain-qt5-dev
  qttools5-dev qttools5-dev-tools qttranslations5-l10n libqt5svg5-dev
  # Qt 6 (core and storage build and test on Qt 6 too)
  qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools
  # GIS
  libgdal-dev libproj-dev libgeos-dev libsqlite3-dev libpq-dev gdal-bin proj-bin python3-gdal
  # password hashing (PBKDF2)
  libssl-dev
  # the import benchmark compares with the sqlite3 shell's own .import
  sqlite3
  # PostgreSQL/PostGIS server (the shared-server backend; the tests start their own)
  postgresql-15 postgresql-15-postgis-3 openssl
  # screens and fonts (WenQuanYi Micro Hei: the PDF reports' face, whose text layer reads back exactly)
  xvfb xauth fonts-noto-cjk fonts-wqy-microhei imagemagick
  # tests read the PDF reports back
  poppler-utils
)

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "all ${#PACKAGES[@]} packages present"
    return
  fi
  log "installing ${#missing[@]} missing packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {  # dir, extra cmake args...
  local dir="$1"; shift
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGRIDDESK_WERROR=ON -DCMAKE_UNITY_BUILD=ON "$@"
  fi
  cmake --build "$dir" -j "$JOBS"
}

build_qt5() { log "building (Qt 5, QGIS $(dpkg-query -W -f='${Version}' libqgis-dev 2>/dev/null))"; configure_and_build "$BUILD"; }
build_qt6() { log "building core, storage and CLI with Qt 6"; configure_and_build "$BUILD_QT6" -DGRIDDESK_QT_MAJOR=6 -DGRIDDESK_WITH_GUI=OFF -DGRIDDESK_WITH_BENCH=OFF; }

has_display() { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }

default_database() {
  local data="${XDG_DATA_HOME:-$HOME/.local/share}"
  echo "$data/GridDesk/demo.gpkg"
}

cmd_run() {
  install_packages
  build_qt5
  local db; db="$(default_database)"
  if [ ! -f "$db" ]; then
    log "creating the demo township database at $db"
    "$BUILD/bin/griddesk-admin" demo "$db"
  fi
  if ! has_display; then
    log "no display: starting the console on a virtual screen to check that it opens and paints"
    "$ROOT/tools/with-screen.sh" "$BUILD/bin/griddesk" --quit-after-first-paint "$@"
    log "the console started and painted its map; run this command on a desktop to use it"
    return
  fi
  log "starting the console"
  exec "$BUILD/bin/griddesk" "$@"
}

cmd_test() {
  install_packages
  build_qt5
  build_qt6
  log "running the test suite (Qt 5: all layers)"
  local rc=0
  (cd "$BUILD" && ctest --output-on-failure -j "$JOBS") || rc=1
  log "running the test suite (Qt 6: core, storage, CLI)"
  (cd "$BUILD_QT6" && ctest --output-on-failure -j "$JOBS") || rc=1
  return $rc
}

cmd_bench() {
  install_packages
  build_qt5
  # A throwaway PostgreSQL/PostGIS server for the live-sync figures, always stopped.
  local pgdir=/tmp/griddesk-pg-bench pgport=54400
  "$ROOT/tests/pg/pg_cluster.sh" start "$pgdir" "$pgport" >/dev/null
  trap '"$ROOT/tests/pg/pg_cluster.sh" stop "'"$pgdir"'" >/dev/null' EXIT
  # The benchmark paints real windows: without a display, on a virtual screen.
  has_display || log "no display: running the benchmark on a virtual screen"
  "$ROOT/tools/with-screen.sh" "$BUILD/bin/griddesk-bench" --pg "host=127.0.0.1 port=$pgport dbname=postgres user=postgres" "$@"
}

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  build) shift; install_packages; build_qt5 ;;
  *) echo "usage: $0 run|test|bench|build" >&2; exit 2 ;;
esac
