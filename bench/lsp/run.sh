#!/bin/sh
# Benchmarks the language server: didChange -> publishDiagnostics latency on a 300-slide deck built from the
# real decks, and the server's heap after opening 50 decks. See BENCHMARKS.md.
# Usage: bench/lsp/run.sh [path/to/shared/decks]
set -e
here=$(cd "$(dirname "$0")/../.." && pwd)
name=bench/lsp
. "$here/bench/shared-decks.sh"
jar=$here/server/target/decklint-server.jar
echo "bench/lsp: building the server jar..." >&2
(cd "$here" && mvn -B -q -DskipTests -pl server -am package) >&2
exec java -cp "$jar" "$here/bench/lsp/LspBench.java" "$jar" "$decks"
