#!/bin/sh
# Prints a section of CHANGELOG.md: the lines below its "## [NAME]" heading up to the next "## " heading, without
# the link references at the end of the file. The release's notes are its version's section.
# Usage: changelog-section.sh 0.2.0   (or Unreleased). Exits with 3 when the changelog has no such section.
set -eu
name=${1:?usage: changelog-section.sh VERSION}
root=$(cd "$(dirname "$0")/../.." && pwd)
awk -v heading="## [$name]" '
  index($0, heading) == 1 { found = 1; keep = 1; next }
  /^## / { keep = 0 }
  keep && !/^\[[^]]*\]: / { print }
  END { exit found ? 0 : 3 }' "$root/CHANGELOG.md"
