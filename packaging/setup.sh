#!/usr/bin/env bash
# Set up everything Bilingual Reader needs on a Debian/Ubuntu machine, then run it or its tests.
#
#   bash packaging/setup.sh run [PATH…]   set up, then open the reader (the bundled seeds by default)
#   bash packaging/setup.sh test [ARGS…]  set up, then run the test suite (pytest ARGS)
#   bash packaging/setup.sh               set up only
#
# It installs the system libraries Qt needs (with apt-get when run as root or with sudo; otherwise
# it names the missing packages), makes a virtual environment in .venv and installs the program
# into it. Every step is skipped when already done, so running it again is quick.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"
PYTHON=${PYTHON:-python3}
MODE=${1:-setup}
[ $# -gt 0 ] && shift

say() { printf 'setup: %s\n' "$*" >&2; }

# Shared libraries the Qt wheels load (xcb ones for a real X display), and a font to draw text.
SYSTEM_PACKAGES=(libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libglib2.0-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libxrender1 libxi6 fonts-dejavu-core)

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian-like system: make sure Qt 6's libraries (EGL, GL, xkbcommon, fontconfig, dbus) are installed"; return 0; }
  local missing=() pkg
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    missing+=("python3-venv")
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else
      say "missing system packages: ${missing[*]}"
      say "install them with: sudo apt-get install -y ${missing[*]}"
      return 0
    fi
  fi
  say "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

make_venv() {
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { say "Python 3.11 or newer is needed ($PYTHON is $("$PYTHON" --version 2>&1))"; exit 1; }
  [ -x "$VENV/bin/python" ] || { say "creating $VENV"; "$PYTHON" -m venv "$VENV"; }
  # Reinstall only when the project's dependencies changed since the last install.
  local stamp="$VENV/.installed" want
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing Python packages into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    # compat mode puts the source folder on sys.path instead of an import hook that slows every import
    "$VENV/bin/python" -m pip install -q -e ".[test]" --config-settings editable_mode=compat
    echo "$want" > "$stamp"
  fi
}

install_system_packages
make_venv
# Compiled bytecode, written even where PYTHONDONTWRITEBYTECODE is set: without it every start
# compiles the program's modules again (a tenth of a second).
"$VENV/bin/python" -m compileall -q bilingual_reader >/dev/null || true

case "$MODE" in
  run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
      say "no display found (DISPLAY is not set): writing a picture of the window instead, reader-seeds.png"
      exec "$VENV/bin/python" -m bilingual_reader snapshot "$@" -o "$ROOT/reader-seeds.png"
    fi
    exec "$VENV/bin/python" -m bilingual_reader "$@" ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    exec "$VENV/bin/python" -m pytest "$@" ;;
  setup) say "ready: $VENV" ;;
  *) say "unknown mode '$MODE' (use run, test or nothing)"; exit 2 ;;
esac
