#!/usr/bin/env bash
# JMH benchmarks of the engine's hot paths, against the CLI jar (built by ./decklint when stale) and the decks
# bench/run.sh generates (generated here too when missing). Not part of `mvn verify`.
# Usage: bench/jmh/run.sh [JMH OPTIONS]   e.g. bench/jmh/run.sh -f 1 -wi 2 -i 3 parse
set -euo pipefail
cd "$(dirname "$0")/../.."
decks=${DECKS:-../shared/decks}
./decklint --version >/dev/null
[ -f bench/work/repo/big/deck-300-slides.md ] || python3 bench/generate_decks.py "$decks" bench/work/repo
mvn -B -q -f bench/jmh/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cp="bench/jmh/target/classes:$(cat bench/jmh/target/classpath.txt)"
exec java -cp "$cp" org.openjdk.jmh.Main -rf text -rff bench/work/jmh.txt "$@"
