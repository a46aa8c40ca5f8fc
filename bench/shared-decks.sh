# Sourced by the bench scripts: sets $decks to the folder given ($1), else the first shared/decks found in a
# folder above the repository, and stops with a message when it holds no corpus. Needs $here (the repository)
# and $name (the script's name, for messages).
decks=${1:-}
if [ -z "$decks" ]; then
  dir=$here
  while [ "$dir" != / ] && [ ! -f "$dir/shared/decks/corpus/SOURCES.tsv" ]; do dir=$(dirname "$dir"); done
  decks=$dir/shared/decks
fi
[ -f "$decks/corpus/SOURCES.tsv" ] || { echo "$name: no decks at $decks; pass the shared/decks folder" >&2; exit 2; }
