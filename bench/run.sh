#!/usr/bin/env bash
# Benchmarks decklint against the peer tools a user would pick instead, in one run on this machine.
# Usage: bench/run.sh [DECKS_DIR]   (default: ../shared/decks beside the repository)
# Needs: java 17+, mvn, node/npm, python3, hyperfine (apt-get install hyperfine). The peer tools are installed
# into bench/node_modules from bench/package.json; the decks are generated into bench/work (git-ignored).
# RUNS (default 10) and RUNS_MANY (default 5) set how many times each command runs; MEMORY_RUNS (default 3)
# how many times each runs again under /usr/bin/time for its peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
decks=$(cd "${1:-../shared/decks}" && pwd) || { echo "bench: no decks folder at ${1:-../shared/decks}" >&2; exit 2; }
runs=${RUNS:-10}
runs_many=${RUNS_MANY:-5}
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

(cd bench && npm ci --no-audit --no-fund --silent)
./decklint --version >/dev/null   # builds cli/target/decklint.jar (and its start-up archive) when stale
work=$root/bench/work
python3 bench/generate_decks.py "$decks" "$work/repo"
out=$work/results
mkdir -p "$out"

decklint="$root/decklint lint --no-color"
mdl=$root/bench/node_modules/.bin/markdownlint-cli2
cspell="$root/bench/node_modules/.bin/cspell --no-progress --no-summary"
one=decks/03/deck-0342.md
big=big/deck-300-slides.md
many='decks/*/*.md'

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB; load average $(cut -d' ' -f1-3 /proc/loadavg);" \
    "$(java -version 2>&1 | head -1); node $(node -v)"
echo "decks: 1 deck ($(wc -c <"$work/repo/$one") bytes), 1 deck of 300 slides ($(wc -c <"$work/repo/$big") bytes)," \
    "1000 decks ($(cat "$work"/repo/decks/*/*.md | wc -c) bytes)"

# Whole processes, as a pre-commit hook or CI runs them, from the repository's folder; output to /dev/null,
# exit codes ignored (every tool reports problems). One warm-up run fills the page cache (and decklint's
# vocabulary cache, as any earlier run on the same decks would).
time_case() { # case, runs, files
    local name=$1 n=$2 files=$3
    (cd "$work/repo" && hyperfine --style none --runs "$n" --warmup 1 -i --export-json "$out/$name.json" \
        -n decklint "$decklint $files >/dev/null 2>&1" \
        -n markdownlint-cli2 "$mdl $files >/dev/null 2>&1" \
        -n cspell "$cspell $files >/dev/null 2>&1" >/dev/null 2>&1)
    peak_memory "$name" "$files"
}

# --fix on a fresh copy of the decks before each run.
time_fix() { # case, runs, files
    local name=$1 n=$2 files=$3
    local prepare="rm -rf '$work/fix' && cp -r '$work/repo' '$work/fix'"
    (cd "$work" && hyperfine --style none --runs "$n" --warmup 1 -i --export-json "$out/$name.json" \
        --prepare "$prepare" \
        -n decklint "cd fix && $decklint --fix $files >/dev/null 2>&1" \
        -n markdownlint-cli2 "cd fix && $mdl --fix $files >/dev/null 2>&1" >/dev/null 2>&1)
    peak_memory "$name" "$files" fix
}

# Peak resident memory (KB) of each tool's process tree, the largest of MEMORY_RUNS runs.
peak_memory() { # case, files, [fix]
    local name=$1 files=$2 fix=${3:-}
    : >"$out/$name.rss"
    for tool in decklint markdownlint-cli2 cspell; do
        local cmd
        case $tool in
            decklint) cmd="$decklint ${fix:+--fix} $files" ;;
            markdownlint-cli2) cmd="$mdl ${fix:+--fix} $files" ;;
            cspell) [ -n "$fix" ] && continue; cmd="$cspell $files" ;;
        esac
        local peak=0
        for _ in $(seq "${MEMORY_RUNS:-3}"); do
            [ -n "$fix" ] && { rm -rf "$work/fix"; cp -r "$work/repo" "$work/fix"; }
            local kb dir=repo
            [ -n "$fix" ] && dir=fix
            kb=$(cd "$work/$dir" && /usr/bin/time -f %M sh -c "$cmd >/dev/null 2>&1" 2>&1 | tail -1 || true)
            [ "$kb" -gt "$peak" ] && peak=$kb
        done
        echo "$tool $peak" >>"$out/$name.rss"
    done
}

time_case one "$runs" "$one"
time_case big "$runs" "$big"
time_case thousand "$runs_many" "$many"
time_fix fix-thousand "$runs_many" "$many"
rm -rf "$work/fix"

python3 - "$out" <<'PY'
import json, statistics, sys
out = sys.argv[1]
cases = [("one", "1 deck (pre-commit)"), ("big", "1 deck of 300 slides"),
         ("thousand", "1000 decks"), ("fix-thousand", "1000 decks, --fix")]
print("| case | tool | median | min – max | runs | tool / decklint | peak RSS |")
print("|---|---|---:|---:|---:|---:|---:|")
for case, label in cases:
    results = {r["command"]: r for r in json.load(open(f"{out}/{case}.json"))["results"]}
    rss = dict(line.split() for line in open(f"{out}/{case}.rss"))
    base = statistics.median(results["decklint"]["times"])
    for tool, r in results.items():
        t = r["times"]
        med = statistics.median(t)
        print(f"| {label} | {tool} | {med * 1000:,.0f} ms | {min(t) * 1000:,.0f} – {max(t) * 1000:,.0f} ms | {len(t)} "
              f"| {med / base:.2f} | {int(rss[tool]) / 1024:.0f} MB |")
PY

# Warm: in-process, after the JIT has warmed up (what the language server sees on each change).
jar=cli/target/decklint.jar
echo "warm, in-process: 1 deck:          $(java -cp "$jar" bench/WarmLint.java "$work/repo/$one")"
echo "warm, in-process: 300-slide deck:  $(java -cp "$jar" bench/WarmLint.java "$work/repo/$big")"
