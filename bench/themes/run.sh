#!/bin/sh
# Benchmarks the theme conversion: its CPU time per deck beside parsing and linting the same decks (in process,
# warm), over the SCS community calls and over the corpus; and the wall time of one cold 'decklint convert'
# beside one cold 'decklint lint' of the 2023 seed deck. See BENCHMARKS.md, "Theme conversion".
# Usage: bench/themes/run.sh [path/to/shared/decks]     Needs: java 17+, mvn, hyperfine.
set -e
here=$(cd "$(dirname "$0")/../.." && pwd)
name=bench/themes
. "$here/bench/shared-decks.sh"
command -v hyperfine >/dev/null || { echo "bench/themes: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
cd "$here"
echo "bench/themes: building the CLI jar..." >&2
mvn -B -q -DskipTests -pl cli -am package >&2
jar=cli/target/decklint.jar
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB; $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== SCS community calls (the decks the built-in themes come from)"
scs=$(ls rules/src/test/resources/decks/scs-community-call/*.md | grep -v /ATTRIBUTION.md)
java -cp "$jar" bench/themes/ConversionBench.java $scs examples/*.md
echo "== corpus (other HedgeDoc decks: most get the whole theme added)"
java -cp "$jar" bench/themes/ConversionBench.java "$decks"/corpus/*.md

echo "== cold, one process each, the 2023 seed deck (wall time)"
seed=examples/community-call-2023-11-23.md
java="java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
hyperfine --style none --runs "${RUNS:-10}" --warmup 1 -i --export-json "$out" \
  -n "lint" "$java lint --no-color $seed" \
  -n "convert --diff" "$java convert --theme scs-2024 --diff $seed" >/dev/null 2>&1
python3 - "$out" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
median = {r["command"]: statistics.median(r["times"]) * 1000 for r in results}
for r in results:
    print(f"  {r['command']:<16} median {median[r['command']]:6.0f} ms  (min {min(r['times']) * 1000:.0f}, max {max(r['times']) * 1000:.0f}, {len(r['times'])} runs)")
print(f"  convert / lint: {median['convert --diff'] / median['lint']:.2f}")
PY
