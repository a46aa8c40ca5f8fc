#!/bin/sh
# The spelling benchmark: decklint's spelling rule and cspell on the same SCS community-call decks, in one
# run, scored against the labels in labels.tsv. Prints a Markdown table (recall, false alarms per 1,000
# prose words, per split), then decklint's speed (dictionary load, per-deck check).
# Usage: bench/spelling/run.sh [DECKS_FOLDER]   (default: ../shared/decks/corpus beside the repository)
set -e
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
decks=${1:-$repo/../../shared/decks/corpus}
[ -d "$decks" ] || decks=$repo/../shared/decks/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# cspell for the comparison only, pinned with the other peer tools in bench/package.json
(cd "$repo/bench" && npm ci --no-audit --no-fund --loglevel=error)
cspell=$repo/bench/node_modules/.bin/cspell
[ -x "$cspell" ] || { echo "bench: cspell did not install" >&2; exit 2; }
"$repo/decklint" --version >/dev/null   # builds the jar on first use
jar=$repo/cli/target/decklint.jar

files=$(cut -f2 "$here/labels.tsv" | grep -v '^#' | grep -v '^deck$' | sort -u | sed "s|^|$decks/|")
# shellcheck disable=SC2086
java -cp "$jar" "$here/Candidates.java" $files >"$work/candidates.tsv" 2>"$work/words.tsv"
grep -v '^#' "$here/labels.tsv" | cut -f2-5 | sort >"$work/labelled.tsv"
sort -o "$work/candidates.tsv" "$work/candidates.tsv"
if ! cmp -s "$work/candidates.tsv" "$work/labelled.tsv"; then
  echo "note: the words the dictionary does not know changed since labels.tsv was made:" >&2
  diff "$work/labelled.tsv" "$work/candidates.tsv" | head -20 >&2
fi
# shellcheck disable=SC2086
"$repo/decklint" lint --format json --no-color $files >"$work/decklint.json" || true
# shellcheck disable=SC2086
(cd "$work" && "$cspell" lint --no-progress --no-summary --no-color --root "$decks" \
  $files >"$work/cspell.txt" 2>/dev/null) || true
node "$here/evaluate.mjs" "$here/labels.tsv" "$work/words.tsv" "$work/decklint.json" "$work/cspell.txt"
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
# the dictionary's load time, each in a fresh JVM as the CLI starts (the harness is compiled first)
javac -d "$work/classes" -cp "$jar" "$here/SpellingSpeed.java"
loads=""
for _ in 1 2 3 4 5 6 7 8 9; do
  loads="$loads $(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$jar:$work/classes" SpellingSpeed load)"
done
echo "dictionary load, 9 fresh JVMs (ms wall/CPU):$loads"
echo "  median wall $(echo $loads | tr ' ' '\n' | cut -d/ -f1 | sort -n | sed -n 5p) ms," \
  "median CPU $(echo $loads | tr ' ' '\n' | cut -d/ -f2 | sort -n | sed -n 5p) ms"
# shellcheck disable=SC2086
java -XX:+UseSerialGC -cp "$jar:$work/classes" SpellingSpeed check $files
