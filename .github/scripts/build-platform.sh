#!/usr/bin/env bash
# One release runner's work (.github/workflows/release.yml): builds what ships for the platform it runs on, checks
# that the archive runs there, and collects the archive, the npm packages and the VSIXes in OUT_DIR.
# The same on a developer's machine of that platform:
#   .github/scripts/build-platform.sh linux-x64 out
# The tests ran when the tagged commit landed on main (.ci/run); here the build skips them.
set -euo pipefail
usage="usage: build-platform.sh TARGET OUT_DIR (TARGET as Node names it: linux-x64, darwin-arm64, win32-x64…)"
target=${1:?$usage}
out=${2:?$usage}
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$("$root/.github/scripts/version.sh")
machine=$(node -p 'process.platform + "-" + process.arch')
if [ "$target" != "$machine" ]; then
  echo "build-platform: this machine is $machine, not $target: each platform builds on a runner of its own" >&2
  exit 2
fi
cd "$root"
mvn -B -ntp package -DskipTests

# The archive as users get it must start here: its version, and the example deck's errors (exit status 1).
home="dist/target/decklint-$version-$target"
launcher="$home/bin/decklint"
extension=tar.gz
if [ "$target" = win32-x64 ]; then launcher="$home/bin/decklint.cmd"; extension=zip; fi
# (tr: on Windows, Git Bash keeps the \r of the line ends picocli writes there)
printed=$("$launcher" --version | tr -d '\r')
if [ "$printed" != "decklint $version" ]; then
  echo "build-platform: $launcher --version printed '$printed', not 'decklint $version'" >&2
  exit 1
fi
status=0
"$launcher" lint --no-color examples/community-call-2023-11-23.md >/dev/null || status=$?
if [ "$status" -ne 1 ]; then
  echo "build-platform: linting the example deck exited with $status, not 1" >&2
  exit 1
fi

mkdir -p "$out"
cp "dist/target/decklint-$version-$target.$extension" \
   "npm/target/packages/decklint-$version.tgz" "npm/target/packages/decklint-$target-$version.tgz" \
   "vscode-client/target/decklint-$version.vsix" "vscode-client/target/decklint-$version-$target.vsix" "$out/"
ls -l "$out"
