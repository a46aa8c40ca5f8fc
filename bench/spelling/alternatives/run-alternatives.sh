#!/bin/sh
# Load and suggestion times of two dictionaries decklint did not choose, for BENCHMARKS.md: Lucene's Hunspell
# (Maven Central) and nspell (npm), both reading the dictionary-en files the build fetched. Three runs each.
set -e
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
dict=$repo/rules/target/npm/node_modules/dictionary-en
[ -f "$dict/index.dic" ] || (cd "$repo" && mvn -B -q -DskipTests -pl rules package)
m2=${M2_REPO:-$HOME/.m2/repository}
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get -Dartifact=org.apache.lucene:lucene-analysis-common:9.12.3
cp="$m2/org/apache/lucene/lucene-analysis-common/9.12.3/lucene-analysis-common-9.12.3.jar:$m2/org/apache/lucene/lucene-core/9.12.3/lucene-core-9.12.3.jar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work" -cp "$cp" "$here/LuceneHunspell.java"
for _ in 1 2 3; do java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cp:$work" LuceneHunspell "$dict" 2>/dev/null; done
(cd "$work" && npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error nspell@2.1.5 >/dev/null)
cp "$here/nspell.mjs" "$work/"
for _ in 1 2 3; do node "$work/nspell.mjs" "$dict"; done
