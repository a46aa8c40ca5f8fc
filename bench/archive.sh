#!/usr/bin/env bash
# One-deck cold start of the archive's bin/decklint against markdownlint-cli2, and the start-up archives compared.
# Usage: bench/archive.sh [ROUNDS]   (default 20; run `mvn -B -pl dist -am package -DskipTests` first)
# The commands take turns (bench/alternate.py), from a folder holding only a copy of the seed deck:
#   1. the archive's bin/decklint as it ships (its AOT cache, lib/decklint.aot);
#   2. the same runtime and jar with a static class-data sharing archive instead, made the way cli/pom.xml makes
#      the checkout's (the classes a lint run of the example decks loads, dumped with -Xshare:dump);
#   3. the same runtime and jar with no start-up archive;
#   4. markdownlint-cli2, the version bench/package.json pins, on the same deck.
# Needs python3 and npm (markdownlint-cli2 is installed into bench/node_modules).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
rounds=${1:-20}
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
home=$(ls -d "$root"/dist/target/decklint-"$version"-*-*/ 2>/dev/null | head -n 1)
[ -n "$home" ] && [ -x "$home/bin/decklint" ] && [ -f "$home/lib/decklint.aot" ] || {
  echo "bench/archive.sh: no built archive under dist/target; run mvn -B -pl dist -am package -DskipTests" >&2
  exit 2
}
home=${home%/}
(cd bench && npm ci --no-audit --no-fund --silent)
mdl=$root/bench/node_modules/.bin/markdownlint-cli2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp examples/community-call-2023-11-23.md "$work/deck.md"
export DECKLINT_CACHE=$work/cache

java=$home/runtime/bin/java
run_opts=$(sed -n 's/^run=//p' "$home/lib/java-options")
# The static CDS archive, from the same training run as the AOT cache (dist/pom.xml).
"$java" -Xshare:off -XX:DumpLoadedClassList="$work/classes.lst" $run_opts -jar "$home/lib/decklint.jar" \
  lint --no-color examples/community-call-2023-11-23.md examples/community-call-2024-06-27.md >/dev/null || true
"$java" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" -XX:SharedArchiveFile="$work/decklint.jsa" \
  -XX:+UseSerialGC -cp "$home/lib/decklint.jar" >/dev/null

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); runtime $(sed -n 's/^JAVA_VERSION=//p' \
  "$home/runtime/release"); archive $(du -k "$home/lib/decklint.aot" | cut -f1) KB AOT cache," \
  "$(du -k "$work/decklint.jsa" | cut -f1) KB CDS archive; markdownlint-cli2 $("$mdl" --help 2>/dev/null | head -n 1)"
cd "$work"
python3 "$root/bench/alternate.py" "$rounds" \
  "$home/bin/decklint lint --no-color deck.md" \
  "DECKLINT_JAVA_OPTS='$run_opts -XX:SharedArchiveFile=$work/decklint.jsa' $home/bin/decklint lint --no-color deck.md" \
  "DECKLINT_JAVA_OPTS='$run_opts' $home/bin/decklint lint --no-color deck.md" \
  "$mdl deck.md"
