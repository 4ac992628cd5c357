#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a temporary prefix, as `cmake --install` would for
# a user, and checks that Castnet arrives as a desktop application: the
# executable, a valid launcher and AppStream description, the icon in every
# hicolor size, and a manual page that names every subcommand.
#
#   install_test.sh BUILD_DIR VERSION
set -euo pipefail

build="$1"
version="$2"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null

app_id=org.castnet.Castnet
for file in bin/castnet \
    "share/applications/$app_id.desktop" \
    "share/metainfo/$app_id.metainfo.xml" \
    share/icons/hicolor/scalable/apps/castnet.svg \
    share/man/man1/castnet.1; do
    [[ -f "$prefix/$file" ]] || fail "cmake --install did not install $file"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/castnet.png"
    [[ -f "$png" ]] || fail "no ${size} px icon"
    # The PNG header holds the width and height as 4-byte big-endian numbers.
    read -r width height < <(od -An -tu1 -j16 -N8 "$png" |
        awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
    [[ "$width" == "$size" && "$height" == "$size" ]] ||
        fail "the ${size} px icon is ${width}x${height}"
done

command -v appstreamcli >/dev/null || fail "appstreamcli is missing: run scripts/setup.sh"
appstreamcli validate --no-net "$prefix/share/metainfo/$app_id.metainfo.xml" >/dev/null ||
    fail "the AppStream metainfo does not validate: $(appstreamcli validate --no-net \
        "$prefix/share/metainfo/$app_id.metainfo.xml")"
grep -q "<release version=\"$version\"" "$prefix/share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo's release is not $version"

command -v desktop-file-validate >/dev/null || fail "desktop-file-validate is missing: run scripts/setup.sh"
desktop-file-validate "$prefix/share/applications/$app_id.desktop" ||
    fail "the .desktop file does not validate"

[[ "$("$prefix/bin/castnet" --version)" == "castnet $version" ]] ||
    fail "the installed castnet --version says \"$("$prefix/bin/castnet" --version)\""

# The manual page renders without warnings and documents every subcommand
# that `castnet --help` lists.
man_page="$prefix/share/man/man1/castnet.1"
warnings="$(groff -man -ww -z "$man_page" 2>&1)"
[[ -z "$warnings" ]] || fail "the manual page has groff warnings: $warnings"
grep -q "Castnet $version" "$man_page" || fail "the manual page does not carry version $version"
subcommands="$("$prefix/bin/castnet" --help | awk '$1 == "castnet" && $2 ~ /^[a-z]+$/ { print $2 }' | sort -u)"
[[ -n "$subcommands" ]] || fail "castnet --help lists no subcommand"
for subcommand in $subcommands; do
    grep -qx "\.B $subcommand" "$man_page" || fail "the manual page does not document \"$subcommand\""
done
echo "installed and checked: $(echo $subcommands | wc -w) subcommands in the manual page"
