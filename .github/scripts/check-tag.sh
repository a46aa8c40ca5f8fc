#!/bin/sh
# Refuses to release a tag that is not "v" + the pom's version, or whose changes CHANGELOG.md does not list under
# that version: what ships must say the version it is tagged, and its release notes (that section) all it brings.
# Usage: check-tag.sh v0.2.0
set -eu
here=$(dirname "$0")
version=$("$here/version.sh")
if [ "${1:-}" != "v$version" ]; then
  echo "check-tag: the tag is '${1:-}', but the pom says $version: tag v$version, or change the pom's version" >&2
  exit 1
fi
has_text() { grep -q '[^[:space:]]'; }
if ! notes=$("$here/changelog-section.sh" "$version") || ! printf '%s\n' "$notes" | has_text; then
  echo "check-tag: CHANGELOG.md has no changes under '## [$version]': they are the release's notes" >&2
  exit 1
fi
# A missing Unreleased section is no harm; one that lists changes would leave them out of the notes.
if "$here/changelog-section.sh" Unreleased | has_text; then
  echo "check-tag: CHANGELOG.md lists changes under '## [Unreleased]': they ship in $version, so move them under" \
    "'## [$version]' and leave Unreleased empty" >&2
  exit 1
fi
echo "check-tag: releasing $version"
