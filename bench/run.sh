#!/usr/bin/env bash
# Benchmarks decklint against the peer tools a user would pick instead, in one run on this machine.
# Usage: bench/run.sh [DECKS_DIR]   (default: ../shared/decks beside the repository)
# Needs: java 17+, mvn, node/npm, hyperfine (apt-get install hyperfine). Peer tools are installed into bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
decks=${1:-../shared/decks}
runs=${RUNS:-10}
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
[ -d "$decks" ] || { echo "bench: no decks folder at $decks" >&2; exit 2; }

(cd bench && npm ci --no-audit --no-fund --silent)
mvn -B -q -DskipTests -pl cli -am package
jar=cli/target/decklint.jar
decklint="java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar lint --no-color"
mdl=bench/node_modules/.bin/markdownlint-cli2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

seeds=("$decks"/seeds/*.md)
all=("$decks"/seeds/*.md "$decks"/corpus/*.md)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB; $(java -version 2>&1 | head -1); node $(node -v)"
echo "decks: ${#seeds[@]} seeds, ${#all[@]} in all ($(cat "${all[@]}" | wc -c) bytes)"

# Cold: a whole process each run, as in a pre-commit hook. Both tools lint the same named files and
# their output goes to /dev/null; exit codes are ignored (both report problems).
time_cold() { # name, files...
    local name=$1; shift
    hyperfine --style none --runs "$runs" --warmup 1 -i --export-json "$out/$name.json" \
        -n decklint "$decklint $* >/dev/null" \
        -n markdownlint-cli2 "$mdl $* >/dev/null" >/dev/null 2>&1
    python3 - "$out/$name.json" "$name" <<'PY'
import json, sys, statistics
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
d, m = results["decklint"], results["markdownlint-cli2"]
med = lambda r: statistics.median(r["times"]) * 1000
spread = lambda r: (min(r["times"]) * 1000, max(r["times"]) * 1000)
for name, r in (("decklint", d), ("markdownlint-cli2", m)):
    print(f"  cold {sys.argv[2]:<10} {name:<18} median {med(r):7.0f} ms  (min {spread(r)[0]:.0f}, max {spread(r)[1]:.0f})")
print(f"  cold {sys.argv[2]:<10} ratio markdownlint-cli2 / decklint: {med(m) / med(d):.2f}")
PY
}
time_cold seeds "${seeds[@]}"
time_cold all "${all[@]}"

# Warm: in-process, after the JIT has warmed up (what the language server sees on each change).
echo "  warm seeds      decklint $(java -cp "$jar" bench/WarmLint.java "${seeds[@]}")"
echo "  warm all        decklint $(java -cp "$jar" bench/WarmLint.java "${all[@]}")"
