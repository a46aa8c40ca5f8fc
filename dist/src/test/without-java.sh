#!/bin/sh
# Runs a command on this machine as if no Java were installed, to prove that what decklint ships brings its own.
# A private mount namespace lays empty folders over every place a JDK lives (the JDK folder, JAVA_HOME, JDK_HOME);
# /usr/bin/java and the alternatives point into them, so they lead nowhere. The namespace ends with the command.
# Usage: without-java.sh COMMAND [ARG...]
set -eu
[ $# -gt 0 ] || { echo "usage: without-java.sh COMMAND [ARG...]" >&2; exit 2; }
hidden="/usr/lib/jvm ${JAVA_HOME:-} ${JDK_HOME:-}"
unset JAVA_HOME JDK_HOME JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS
# Root gets a namespace of its own; anyone else maps themselves to root inside one, where the kernel allows it.
if [ "$(id -u)" -eq 0 ]; then share="unshare --mount --propagation private"; else share="unshare --mount --map-root-user"; fi
exec $share sh -eu -c '
  hidden=$1; shift
  for folder in $hidden; do
    [ -d "$folder" ] && mount -t tmpfs -o ro,size=1k none "$folder"
  done
  # The proof that the hiding worked: a command that still finds a Java would otherwise pass for the wrong reason.
  if java -version >/dev/null 2>&1; then
    echo "without-java.sh: a Java is still visible at $(command -v java)" >&2
    exit 97
  fi
  exec "$@"
' sh "$hidden" "$@"
