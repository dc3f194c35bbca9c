#!/usr/bin/env bash
# The speed goals of issue 6, measured the way a user meets them: whole processes through
# bin/import-health, JVM start included, on a copy of a real project (never the project itself).
#
#   bench/cache-bench.sh PROJECT [CLASSPATH_FILE] [RUNS]
#
# PROJECT is a git checkout (its tracked files and its target/ directories are copied, and the
# copy gets a one-commit repository of its own); CLASSPATH_FILE holds the test classpath
# (mvn dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=...). Prints the
# median wall time of each scenario and the two ratios the goals are stated in.
set -euo pipefail
project=$(cd "$1" && pwd)
classpath=${2:+$(tr -d '\n' < "$2")}
runs=${3:-5}
here=$(cd "$(dirname "$0")/.." && pwd)
tool=$here/bin/import-health
copy=$(mktemp -d "${TMPDIR:-/tmp}/import-health-bench.XXXXXX")
trap 'rm -rf "$copy"' EXIT

(cd "$project" && git ls-files -z | tar --null -cf - -T - 2>/dev/null) | tar -xf - -C "$copy"
(cd "$project" && find . -type d -name target -prune -print0 | tar --null -cf - -T - 2>/dev/null) | tar -xf - -C "$copy"
git -C "$copy" init -q
git -C "$copy" -c user.name=bench -c user.email=bench@example.com -c commit.gpgsign=false add -A >/dev/null
git -C "$copy" -c user.name=bench -c user.email=bench@example.com -c commit.gpgsign=false commit -qm copy

# the ten main files the project's own history touched last: what a commit typically changes
mapfile -t changed < <(cd "$project" && git log --name-only --format= -- 'src/main/*.java' '*/src/main/*.java' \
  | awk 'NF && !seen[$0]++' | while read -r f; do [ -f "$copy/$f" ] && echo "$f"; done | head -10)

files=$(find "$copy" -name '*.java' -not -path '*/target/*' | wc -l)
lines=$(find "$copy" -name '*.java' -not -path '*/target/*' -print0 | xargs -0 cat | wc -l)
changed_lines=$(cd "$copy" && cat "${changed[@]}" | wc -l)

args=(--fail-on never -q)
[ -n "$classpath" ] && args+=(-cp "$classpath")

millis() { date +%s%3N; }
# runs a command RUNS times (after PREPARE each time) and prints the median wall time in ms
median() {
  local prepare=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    eval "$prepare"
    local start; start=$(millis)
    (cd "$copy" && "$@" >/dev/null 2>&1) || true
    times+=($(( $(millis) - start )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
edit=0
body_edit() {   # FILES... (default: the ten)
  edit=$((edit + 1))
  local files=("$@")
  [ ${#files[@]} -eq 0 ] && files=("${changed[@]}")
  for f in "${files[@]}"; do
    # a statement before the first return at the start of a line: an edit inside a method body
    perl -0pi -e "s/^(\\s*)return /\$1int importHealthBench$edit = $edit;\\n\$1return /m" "$copy/$f"
  done
}

"$tool" --version >/dev/null   # the launcher's class-data archive for this jar exists from here on
cold=$(median 'rm -rf "$copy/.import-health"' "$tool" check "${args[@]}")
"$tool" check "${args[@]}" "$copy" >/dev/null 2>&1 || true
sleep 3   # let the copy's time stamps settle, so that a result may be kept
(cd "$copy" && "$tool" check "${args[@]}" >/dev/null 2>&1) || true
warm=$(median ':' "$tool" check "${args[@]}")
precommit=$(median 'body_edit' "$tool" check "${args[@]}" "${changed[@]}")
one=$(median 'body_edit "${changed[0]}"' "$tool" check "${args[@]}" "${changed[0]}")
nocache=$(median 'body_edit' "$tool" check --no-cache "${args[@]}" "${changed[@]}")
body_edit
users=$( (cd "$copy" && "$tool" check -v --fail-on never ${classpath:+-cp "$classpath"} "${changed[@]}" 2>&1 >/dev/null) \
  | grep -o 'dependents=[0-9]*' | head -1 || true)

echo "project: $(basename "$project"), $files Java files, $lines lines; $(nproc) processors; median of $runs runs"
echo "cold full check (no cache):          $cold ms"
echo "warm full check, nothing changed:    $warm ms  ($(awk "BEGIN {printf \"%.2f\", $warm / $cold}") of cold; goal <= 0.33)"
echo "pre-commit, ${#changed[@]} files, body edits:   $precommit ms  (goal <= 1000; ${users:-dependents=?})"
echo "the same without the cache:          $nocache ms"
echo "pre-commit, 1 file, body edit:       $one ms  (${changed[0]})"
echo "the ten files: $changed_lines lines"
