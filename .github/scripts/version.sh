#!/bin/sh
# Prints decklint's version, read from the one place it is written: the parent pom's own <version>
# (the first one in the file). Plain sed, so the action and the release jobs need no Maven to know it.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
sed -n 's:^  <version>\([^<]*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1
