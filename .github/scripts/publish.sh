#!/usr/bin/env bash
# The release's last job (.github/workflows/release.yml): publishes what every platform's runner built, all or
# nothing. DRY_RUN=1 prints the commands instead of running them, to try it on a developer's machine:
#   DRY_RUN=1 .github/scripts/publish.sh v0.2.0 out
# Needs GH_TOKEN (the GitHub release), NODE_AUTH_TOKEN (npm), VSCE_PAT (VS Code Marketplace), OVSX_PAT (Open VSX).
set -euo pipefail
tag=${1:?usage: publish.sh TAG DIR}
dir=${2:?usage: publish.sh TAG DIR}
here=$(cd "$(dirname "$0")" && pwd)
"$here/check-tag.sh" "$tag"
version=$("$here/version.sh")
PLATFORMS=(linux-x64 linux-arm64 darwin-x64 darwin-arm64 win32-x64)
run() {
  if [ -n "${DRY_RUN:-}" ]; then echo "would run: $*"; else "$@"; fi
}

# Every file, before anything is published: a half-published release can't be taken back from npm.
archives=() platform_packages=() vsixes=("$dir/decklint-$version.vsix")
for target in "${PLATFORMS[@]}"; do
  extension=tar.gz
  [ "$target" = win32-x64 ] && extension=zip
  archives+=("$dir/decklint-$version-$target.$extension")
  platform_packages+=("$dir/decklint-$target-$version.tgz")
  vsixes+=("$dir/decklint-$version-$target.vsix")
done
missing=()
for file in "${archives[@]}" "${platform_packages[@]}" "$dir/decklint-$version.tgz" "${vsixes[@]}"; do
  [ -f "$file" ] || missing+=("$file")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "publish: nothing published; missing: ${missing[*]}" >&2
  exit 1
fi

# The GitHub release: the archives, with the changelog's section for this version as its notes.
notes=$("$here/changelog-section.sh" "$version")
run gh release create "$tag" --title "decklint $version" --notes "$notes" "${archives[@]}"

# npm: the platform packages first, so that the main package's optional dependencies resolve once it is public.
for package in "${platform_packages[@]}" "$dir/decklint-$version.tgz"; do
  run npm publish --access public --provenance "$package"
done

# The VS Code Marketplace and Open VSX: a VSIX per platform, and the universal one (it uses a Java on the machine)
# for every other platform. vsce reads VSCE_PAT, ovsx OVSX_PAT.
for vsix in "${vsixes[@]}"; do
  run npx --yes @vscode/vsce@3.9.2 publish --packagePath "$vsix"
  run npx --yes ovsx@0.10.9 publish --packagePath "$vsix"
done
