#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Castnet needs (only those missing), then
# configures and builds it. Usage: scripts/setup.sh [build-dir] [extra cmake args...]
# xvfb is for looking at the window without a display, clang for fuzzing,
# locales-all for the test that a decimal-comma locale changes nothing,
# python3-icalendar for reading the calendar export with a second parser,
# python3-openpyxl for reading the workbook back, postgresql and openssl for
# the team workspace tests (a private server with its own certificates),
# appstream, desktop-file-utils and groff for checking the desktop metadata
# and the manual page, dpkg-dev for building the Debian package.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6svg6 libqt6opengl6-dev qt6-qpa-plugins
  libgl-dev libvulkan-dev
  libsqlite3-dev sqlite3
  libgtest-dev libgmock-dev libbenchmark-dev
  nlohmann-json3-dev libfmt-dev libexpected-dev libcli11-dev libnlopt-cxx-dev
  libical-dev python3-icalendar
  libpq-dev postgresql openssl
  libxlsxwriter-dev python3-openpyxl
  libglpk-dev
  qt6-l10n-tools appstream desktop-file-utils groff-base dpkg-dev
  fonts-dejavu-core fonts-noto-cjk fonts-noto-color-emoji poppler-utils
  xvfb xauth
  clang libclang-rt-14-dev
  locales-all
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "castnet setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-"$root/build"}
shift || true
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
