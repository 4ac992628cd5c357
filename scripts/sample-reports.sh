#!/bin/sh
# Regenerates the sample reports in docs/ from the demo workspace: the
# launch campaign (planned, with the optimizer's mix saved as a scenario)
# and the fleet campaign (half-way, with actuals and a calibration), in
# every format, and a PNG of each PDF page for looking at them.
# Usage: scripts/sample-reports.sh [BUILD_DIR]   (default: build)
set -eu
cd "$(dirname "$0")/.."
castnet="${1:-build}/app/castnet"
docs=docs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.db"

export QT_QPA_PLATFORM=offscreen
"$castnet" demo --db "$db" >/dev/null
"$castnet" optimize --db "$db" --campaign "Lumen 2 launch" --save-as optimized >/dev/null
"$castnet" calibrate --db "$db" --campaign "Lumen for fleets" --apply >/dev/null

for format in pdf html md; do
    "$castnet" report --db "$db" --campaign "Lumen 2 launch" --format "$format" \
        --out "$docs/sample-report.$format"
    "$castnet" report --db "$db" --campaign "Lumen for fleets" --format "$format" \
        --out "$docs/sample-report-progress.$format"
done

# Every page as a PNG in a folder to look at (pass it as the second
# argument to keep them); docs/ keeps the pages the README shows: the title
# page and the summary of the planned campaign, the summary and the
# progress of the half-way one.
pages="${2:-$work/pages}"
mkdir -p "$pages"
pdftoppm -png -r 72 "$docs/sample-report.pdf" "$pages/report-page"
pdftoppm -png -r 72 "$docs/sample-report-progress.pdf" "$pages/report-progress-page"
# pdftoppm numbers pages with as many digits as the last one needs.
for file in "$pages"/*.png; do
    fixed=$(echo "$file" | sed -E 's/-0+([0-9])/-\1/')
    [ "$file" = "$fixed" ] || mv "$file" "$fixed"
done
rm -f "$docs"/report-page-*.png "$docs"/report-progress-page-*.png
cp "$pages/report-page-1.png" "$pages/report-page-2.png" "$docs/"
cp "$pages/report-progress-page-2.png" "$pages/report-progress-page-3.png" "$docs/"
