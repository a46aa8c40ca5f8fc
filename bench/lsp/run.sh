#!/bin/sh
# Benchmarks the language server: didChange -> publishDiagnostics latency on a 300-slide deck built from the
# real decks, and the server's heap after opening 50 decks. See BENCHMARKS.md.
# Usage: bench/lsp/run.sh [path/to/shared/decks]
set -e
here=$(cd "$(dirname "$0")/../.." && pwd)
decks=${1:-}
if [ -z "$decks" ]; then
  dir=$here
  while [ "$dir" != / ] && [ ! -f "$dir/shared/decks/corpus/SOURCES.tsv" ]; do dir=$(dirname "$dir"); done
  decks=$dir/shared/decks
fi
[ -f "$decks/corpus/SOURCES.tsv" ] || { echo "bench/lsp: no decks at $decks; pass the shared/decks folder" >&2; exit 2; }
jar=$here/server/target/decklint-server.jar
echo "bench/lsp: building the server jar..." >&2
(cd "$here" && mvn -B -q -DskipTests -pl server -am package) >&2
exec java -cp "$jar" "$here/bench/lsp/LspBench.java" "$jar" "$decks"
