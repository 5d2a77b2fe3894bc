#!/bin/sh
# install_test.sh CMAKE BUILD_DIR SOURCE_DIR [CXX]: the install of an already built tree.
#   1. `cmake --install BUILD_DIR --prefix <tmp>`: every file where it belongs, nothing else;
#   2. the installed tree moved to another prefix: the command finds its own data there, and
#      ISO20K_DATA_DIR overrides it;
#   3. tests/install/consumer configured with find_package(iso20k) against the moved prefix, built
#      and run on a demo: the same score and verdict as the installed command, and a PDF;
#   4. the manual page renders without warnings; the bash completion completes.
# Registered in CTest (tests/CMakeLists.txt); skipped (exit 77) only when cmake cannot be run.
set -eu

cmake=$1 build=$2 src=$3 cxx=${4:-}
if ! "$cmake" --version >/dev/null 2>&1; then
  echo "install_test: skipped: cmake ($cmake) cannot be run"
  exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/iso20k-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
fail() {
  echo "install_test: FAILED: $*" >&2
  exit 1
}
step() { echo "install_test: $*"; }
unset ISO20K_DATA_DIR NO_COLOR || true
export LC_ALL=C.UTF-8

# ---- 1. install -------------------------------------------------------------------------------
step "cmake --install $build --prefix $tmp/p"
"$cmake" --install "$build" --prefix "$tmp/p" >"$tmp/install.log" 2>&1 ||
  { cat "$tmp/install.log" >&2; fail "cmake --install"; }
p=$tmp/p
# lib/, or lib/<multiarch>/ when the build was configured for the prefix /usr.
libdir=$(cd "$p" && find lib* -type d -path '*/cmake/iso20k' | sed 's|/cmake/iso20k$||')
[ -n "$libdir" ] || fail "no <libdir>/cmake/iso20k"
for f in bin/iso20k "$libdir/libiso20k_engine.a" "$libdir/libiso20k_reports.a" \
  include/iso20k/model/date.h include/iso20k/pipeline/assessment_inputs.h \
  include/iso20k/load/checklist/catalog.h include/iso20k/reports/layout/table.h \
  include/iso20k/reports/render.h \
  share/iso20k/checklists/iso20000-1-2018.xml share/iso20k/checklists/registry/iso20000-1-2018.xml \
  share/iso20k/checklists/schema/checklist.xsd share/iso20k/templates/default/template.xml \
  share/iso20k/checklists/translations/iso20000-1-2018.de.xml include/iso20k/pipeline/checklist_translation.h \
  share/man/man1/iso20k.1 \
  share/bash-completion/completions/iso20k "$libdir/cmake/iso20k/iso20k-config.cmake" \
  "$libdir/cmake/iso20k/iso20k-config-version.cmake" "$libdir/cmake/iso20k/iso20k-targets.cmake"; do
  [ -f "$p/$f" ] || fail "$f is not installed"
done
[ -x "$p/bin/iso20k" ] || fail "bin/iso20k is not executable"
stray=$(cd "$p" && find include -type f ! -name '*.h'; find include -name '*_test*'
  find share/iso20k -name '*.py' -o -name src -o -name '*.cc')
[ -z "$stray" ] || fail "installed but not meant to be: $stray"
# Every header of the two libraries, at its source-relative place.
want=$(cd "$src/engine" && find iso20k -name '*.h' ! -name '*_test*' | sort)
want=$(printf '%s\n%s\n' "$want" "$(cd "$src/reports" && find iso20k -name '*.h' ! -name '*_test*')" | sort)
have=$(cd "$p/include" && find iso20k -name '*.h' | sort)
[ "$want" = "$have" ] || fail "installed headers differ from the sources': $(printf '%s\n' "$want" >"$tmp/want"; printf '%s\n' "$have" >"$tmp/have"; diff "$tmp/want" "$tmp/have" | head -5)"

# ---- 2. the command, moved to another prefix ---------------------------------------------------
mv "$p" "$tmp/moved"
p=$tmp/moved
# A template only this installed tree has: found only if the command uses its own share/iso20k.
cp -R "$p/share/iso20k/templates/default-letter" "$p/share/iso20k/templates/installed-only"
ws=$src/examples/fenwick-cloud
cd "$tmp"
step "installed iso20k (moved) assess, report"
"$p/bin/iso20k" --version | grep -q '^iso20k [0-9]' || fail "iso20k --version"
"$p/bin/iso20k" assess "$ws" --out "$tmp/results.json" --colour never >"$tmp/assess.out" 2>"$tmp/assess.err" ||
  { cat "$tmp/assess.err" >&2; fail "installed iso20k assess exited $?"; }
grep -q '"schema": *"iso20k-results/2"' "$tmp/results.json" || fail "results.json lacks its schema"
cli_score=$(sed -n 's/^Overall *\([0-9.]*%\).*/\1/p' "$tmp/assess.out")
cli_verdict=$(sed -n 's/^Verdict: \(.*[A-Z0-9]\) *  (.*/\1/p' "$tmp/assess.out")
[ "$cli_verdict" = "READY FOR STAGE 2" ] || fail "fenwick-cloud: verdict '$cli_verdict', expected READY FOR STAGE 2"
"$p/bin/iso20k" report "$tmp/results.json" --kind readiness --template installed-only \
  --out "$tmp/installed.pdf" --quiet 2>"$tmp/report.err" ||
  { cat "$tmp/report.err" >&2; fail "the installed command does not use its own share/iso20k"; }
head -c 5 "$tmp/installed.pdf" | grep -q '%PDF-' || fail "installed.pdf is no PDF"
# The bundled German overlay is found beside the installed checklist and fits it.
"$p/bin/iso20k" validate "$p/share/iso20k/checklists/translations/iso20000-1-2018.de.xml" \
  >"$tmp/overlay.out" 2>&1 || { cat "$tmp/overlay.out" >&2; fail "the installed German overlay"; }
grep -q 'valid translation (de) of checklist iso20000-1:2018' "$tmp/overlay.out" ||
  fail "the installed German overlay: $(cat "$tmp/overlay.out")"
# A link to the command elsewhere (as /usr/local/bin/iso20k would be) finds the same data.
mkdir "$tmp/links" && ln -s "$p/bin/iso20k" "$tmp/links/iso20k"
"$tmp/links/iso20k" report "$tmp/results.json" --kind readiness --template installed-only \
  --out "$tmp/linked.pdf" --quiet || fail "iso20k run through a symbolic link misses its data"
# ISO20K_DATA_DIR wins over the installed data.
cp -R "$p/share/iso20k" "$tmp/data"
mv "$tmp/data/templates/installed-only" "$tmp/data/templates/override-only"
ISO20K_DATA_DIR=$tmp/data "$p/bin/iso20k" report "$tmp/results.json" --kind readiness \
  --template override-only --out "$tmp/override.pdf" --quiet || fail "ISO20K_DATA_DIR is not used"
set +e
ISO20K_DATA_DIR=$tmp/data "$p/bin/iso20k" report "$tmp/results.json" --kind readiness \
  --template installed-only --out "$tmp/none.pdf" 2>"$tmp/override.err"
code=$?
set -e
[ "$code" = 2 ] || fail "with ISO20K_DATA_DIR set, the installed template is still found (exit $code)"

# ---- 3. a program built against the installed libraries ----------------------------------------
step "consumer: find_package(iso20k) from $p, build, run"
set -- -S "$src/tests/install/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$p" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo
[ -n "$cxx" ] && set -- "$@" -DCMAKE_CXX_COMPILER="$cxx"
"$cmake" "$@" >"$tmp/consumer-configure.log" 2>&1 ||
  { cat "$tmp/consumer-configure.log" >&2; fail "configuring the consumer"; }
"$cmake" --build "$tmp/consumer" -j 2 >"$tmp/consumer-build.log" 2>&1 ||
  { cat "$tmp/consumer-build.log" >&2; fail "building the consumer"; }
# Built against the installed headers, not the source tree's.
grep -rq -- "$p/include" "$tmp/consumer/CMakeFiles/consumer.dir/flags.make" ||
  fail "the consumer does not include from $p/include"
! grep -rq -- "$src/engine\|$src/reports" "$tmp/consumer/CMakeFiles/consumer.dir/flags.make" ||
  fail "the consumer includes from the source tree"
"$tmp/consumer/consumer" "$ws" "$tmp/consumer.pdf" >"$tmp/consumer.out" 2>"$tmp/consumer.err" ||
  { cat "$tmp/consumer.err" >&2; fail "the consumer exited $?"; }
cat "$tmp/consumer.out"
expected="Fenwick Cloud Services Ltd: score $cli_score, verdict stage-2 (ready for stage 2)"
[ "$(head -n 1 "$tmp/consumer.out")" = "$expected" ] ||
  fail "consumer printed '$(head -n 1 "$tmp/consumer.out")', expected '$expected'"
head -c 5 "$tmp/consumer.pdf" | grep -q '%PDF-' || fail "the consumer's readiness report is no PDF"

# ---- 4. manual page and completion -------------------------------------------------------------
step "man -l share/man/man1/iso20k.1"
page=$p/share/man/man1/iso20k.1
if command -v groff >/dev/null 2>&1; then
  warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1) || fail "groff: $warnings"
  [ -z "$warnings" ] || fail "groff warns: $warnings"
fi
if command -v man >/dev/null 2>&1; then
  MANWIDTH=80 man -l "$page" >"$tmp/man.txt" 2>"$tmp/man.err" || fail "man -l: $(cat "$tmp/man.err")"
else
  command -v groff >/dev/null 2>&1 || fail "neither man nor groff is installed (scripts/install-deps)"
  groff -man -Tutf8 "$page" >"$tmp/man.txt"
fi
for heading in NAME SYNOPSIS DESCRIPTION COMMANDS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES "SEE ALSO"; do
  grep -q "^$heading" "$tmp/man.txt" || fail "the manual page has no $heading section"
done

step "bash completion"
command -v bash >/dev/null 2>&1 || fail "bash is not installed"
# complete LINE: the replies of _iso20k for LINE (the cursor at its end), sorted, one a line.
cat >"$tmp/complete.bash" <<'EOF'
source "$1"
complete_line() {
  COMP_LINE=$1 COMP_POINT=${#1}
  read -ra COMP_WORDS <<<"$1"
  [[ $1 == *' ' ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _iso20k iso20k "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
  echo
}
complete -p iso20k >/dev/null
complete_line "iso20k as"
complete_line "iso20k report x --kind "
complete_line "iso20k assess x --model f"
complete_line "iso20k checklists "
complete_line "iso20k checklists show --checklist-dir d --c"
complete_line "iso20k init acme --checklist iso20000-1:20"
complete_line "iso20k report x --template default-"
complete_line "iso20k report x --template inst"
complete_line "iso20k assess --q"
complete_line "iso20k report x --format "
complete_line "iso20k init x --format "
EOF
PATH=$p/bin:$PATH bash "$tmp/complete.bash" "$p/share/bash-completion/completions/iso20k" \
  >"$tmp/complete.out" 2>"$tmp/complete.err" || fail "completion: $(cat "$tmp/complete.err")"
cat >"$tmp/complete.want" <<'EOF'
assess 
gap readiness 
flat 
--help list map show 
--checklist-dir --clause 
2011 2018 
default-de default-letter 
installed-only 
--quiet 
html pdf 
ini xml 
EOF
diff "$tmp/complete.want" "$tmp/complete.out" >&2 || fail "completion replies differ (- expected, + got)"
step "passed"
