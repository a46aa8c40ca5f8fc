#!/bin/sh
# Fetches the npm packages the spelling dictionary is compiled from into FOLDER/node_modules, once per set
# of pinned versions (run by rules/pom.xml; the versions are properties of the parent pom).
# Usage: fetch-npm-packages.sh FOLDER PACKAGE@VERSION...
set -e
command -v npm >/dev/null 2>&1 || { echo "decklint: the build needs npm (Node.js) to fetch the spelling dictionary" >&2; exit 1; }
folder=$1
shift
stamp="$folder/installed.txt"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$*" ]; then
  exit 0
fi
mkdir -p "$folder"
npm install --prefix "$folder" --no-save --no-package-lock --ignore-scripts --no-audit --no-fund \
  --loglevel=error "$@"
echo "$*" > "$stamp"
