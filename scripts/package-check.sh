#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a release build (default: build/), installs
# it with apt as a user would, runs the installed castnet, and removes the
# package again. Needs root or sudo. Usage: scripts/package-check.sh [build-dir]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(realpath "${1:-$root/build}")"
out="$build/package"
sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)

rm -rf "$out"
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb="$(ls "$out"/castnet_*.deb)"
echo "== built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), depends on:"
dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ */   /'

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
trap '"${sudo_cmd[@]}" apt-get remove -y -qq castnet >/dev/null' EXIT

work="$(mktemp -d)"
trap '"${sudo_cmd[@]}" apt-get remove -y -qq castnet >/dev/null; rm -rf "$work"' EXIT
installed=/usr/bin/castnet
[[ -x "$installed" ]] || { echo "the package did not install $installed" >&2; exit 1; }
"$installed" --help | head -3
"$installed" --version
"$installed" demo --db "$work/demo.db"
"$installed" project --db "$work/demo.db" --campaign "Lumen 2 launch" >/dev/null
for file in /usr/share/applications/org.castnet.Castnet.desktop \
    /usr/share/metainfo/org.castnet.Castnet.metainfo.xml /usr/share/man/man1/castnet.1 \
    /usr/share/icons/hicolor/256x256/apps/castnet.png; do
    [[ -f "$file" ]] || { echo "the package did not install $file" >&2; exit 1; }
done
echo "the package installs and runs"
