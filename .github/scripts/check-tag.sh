#!/bin/sh
# Refuses to release a tag that is not "v" + the pom's version: what ships must say the version it is tagged.
# Usage: check-tag.sh v0.2.0
set -eu
version=$("$(dirname "$0")/version.sh")
if [ "${1:-}" != "v$version" ]; then
  echo "check-tag: the tag is '${1:-}', but the pom says $version: tag v$version, or change the pom's version" >&2
  exit 1
fi
echo "check-tag: releasing $version"
