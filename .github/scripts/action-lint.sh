#!/usr/bin/env bash
# The GitHub Action's lint step (action.yml), runnable as it is on any machine with Node.js:
#   INPUT_PATHS='talks/' INPUT_ARGS='--max-warnings 0' .github/scripts/action-lint.sh
# It runs the npm package of the version this checkout of the action is (so `uses: …@v0.2.0` lints with 0.2.0):
# once for annotations (GitHub reads `::error file=…` lines from standard output), once for the SARIF file that
# the next step uploads to code scanning (decklint writes one format a run). Its exit status is decklint's: 1 when
# a deck has errors, 2 on a usage or configuration problem.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=$("$here/version.sh")
sarif="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/decklint.sarif"
# Paths and arguments split on spaces, never expanded by the shell: decklint expands quoted globs itself.
set -f
# shellcheck disable=SC2206
paths=(${INPUT_PATHS:-})
# shellcheck disable=SC2206
args=(${INPUT_ARGS:-})
set +f
# ${a[@]+"${a[@]}"}: an empty array is "unbound" under set -u for bash before 4.4, macOS's /bin/bash among them.
decklint=(npx --yes "decklint@$version" lint --no-color ${args[@]+"${args[@]}"})
status=0
"${decklint[@]}" --format github ${paths[@]+"${paths[@]}"} || status=$?
if [ "$status" -le 1 ]; then
  "${decklint[@]}" --format sarif ${paths[@]+"${paths[@]}"} >"$sarif" || true
  [ -z "${GITHUB_OUTPUT:-}" ] || echo "sarif=$sarif" >>"$GITHUB_OUTPUT"
  echo "decklint: SARIF written to $sarif" >&2
fi
exit "$status"
