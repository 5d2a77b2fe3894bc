#!/bin/sh
# Report rendering benchmark (issue "PDF reports", item 9): for each demonstration organisation
# under examples/, times
#   iso20k report examples/<org> --kind gap --detail --out …(load, assess, lay out, write the PDF)
# side by side with its peer
#   weasyprint <org>.html <org>.pdf                       (an HTML rendering of the same content)
# where <org>.html is written beforehand (not timed) by `iso20k report … --detail --out <org>.html`:
# the HTML rendering of the very content the PDF is laid out from (reports/iso20k/reports/html/;
# see bench/README.md). Both run as fresh processes under hyperfine, so start-up costs count on
# both sides. Prints the mean times and the ratio weasyprint / iso20k.
# The gap report is rendered with its technical annex (--detail): the HTML peer carries every
# requirement table and appendix, as the gap report did before it had a client edition.
# Target: iso20k at least 30 times faster.
#
#   bench/report_bench.sh [BUILD_DIR] [RUNS]      (defaults: build-bench, 5: weasyprint runs;
#                                                  iso20k runs 4 times as often)
#
# Needs hyperfine and weasyprint (scripts/install-deps --bench). Run from anywhere.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build-bench}
case $build in /*) ;; *) build=$root/$build ;; esac
runs=${2:-5}

for tool in hyperfine weasyprint cmake; do
  command -v "$tool" >/dev/null 2>&1 || { echo "report_bench: $tool is missing (scripts/install-deps --bench)" >&2; exit 2; }
done

cmake -S "$root" -B "$build" -DISO20K_BENCH=ON >/dev/null
make -C "$build" -j2 iso20k >/dev/null

iso20k=$build/cli/iso20k
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%-16s %12s %14s %8s %10s\n' organisation "iso20k (ms)" "weasyprint (ms)" ratio pages
for dir in "$root"/examples/*/; do
  org=$(basename "$dir")
  [ -e "$dir/profile.xml" ] || [ -e "$dir/profile.json" ] || [ -e "$dir/profile.ini" ] || continue
  "$iso20k" report "$dir" --kind gap --detail --quiet --out "$work/$org.html"
  # One hyperfine run per tool: iso20k takes a fraction of a second, so it gets more runs.
  hyperfine --style none --warmup 3 --runs "$((runs * 4))" --export-csv "$work/$org-iso20k.csv" \
    -n iso20k "'$iso20k' report '$dir' --kind gap --detail --quiet --out '$work/$org-iso20k.pdf'" \
    >"$work/$org.log" 2>&1 || { cat "$work/$org.log" >&2; exit 1; }
  hyperfine --style none --warmup 1 --runs "$runs" --export-csv "$work/$org-weasyprint.csv" \
    -n weasyprint "weasyprint '$work/$org.html' '$work/$org-weasyprint.pdf'" \
    >"$work/$org.log" 2>&1 || { cat "$work/$org.log" >&2; exit 1; }
  pages_iso=$(pdfinfo "$work/$org-iso20k.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  pages_weasy=$(pdfinfo "$work/$org-weasyprint.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  # hyperfine's CSV: command,mean,stddev,median,user,system,min,max (seconds).
  awk -F, -v org="$org" -v pages="${pages_iso:-?}/${pages_weasy:-?}" '
    $1 == "iso20k" { ours = $2 }
    $1 == "weasyprint" { peer = $2 }
    END { printf "%-16s %12.1f %14.1f %7.1fx %10s\n", org, ours * 1000, peer * 1000, peer / ours, pages }
  ' "$work/$org-iso20k.csv" "$work/$org-weasyprint.csv"
done
echo "(means: iso20k over $((runs * 4)) runs after 3 warm-ups, weasyprint over $runs runs after 1;"
echo " pages: iso20k/weasyprint; target: ratio >= 30)"
