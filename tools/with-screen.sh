#!/usr/bin/env bash
# Runs a command on the desktop, or, where there is none (a server, SSH, CI),
# on a virtual screen: Xvfb at the size given by GRIDDESK_SCREEN (default
# 1920x1080). The command's exit code is passed through.
#
#   tools/with-screen.sh COMMAND [ARGS...]
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$@"
fi
if ! command -v xvfb-run >/dev/null; then
  echo "$0: no display, and xvfb-run is not installed (Debian: apt-get install xvfb xauth)" >&2
  exit 1
fi
exec xvfb-run -a -s "-screen 0 ${GRIDDESK_SCREEN:-1920x1080}x24" "$@"
