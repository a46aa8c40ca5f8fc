#!/usr/bin/env python3
"""Builds the benchmark's repository of decks from the real decks, the same every time (fixed seed).

Usage: generate_decks.py DECKS_DIR OUT_DIR [COUNT]

Writes OUT_DIR/decks/NN/deck-NNNN.md (COUNT decks, 100 a folder, as a team keeps a folder per year or
topic) and OUT_DIR/big/deck-300-slides.md. Each deck takes the front matter of one real deck and 3 to 40
slides drawn from all of them, in a new order, sometimes as vertical slides, so the decks are varied rather
than copies. The real decks' licences (some CC BY-ND) allow this only as throw-away bench data: OUT_DIR is
git-ignored and rebuilt on each run; nothing derived is committed.
"""
import os
import random
import re
import shutil
import sys

SEPARATOR = re.compile(r"\r?\n\r?\n-{3,4}\r?\n\r?\n")
FRONT_MATTER = re.compile(r"\A---\r?\n.*?\r?\n---\r?\n", re.S)


def split(text):
    """Front matter (or '') and the slides, split as reveal.js does (a separator line between blank lines)."""
    match = FRONT_MATTER.match(text)
    front = match.group(0) if match else ""
    body = text[len(front):]
    return front, [s.strip("\r\n") for s in SEPARATOR.split(body) if s.strip()]


def main():
    decks_dir, out_dir = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    rng = random.Random(1000)
    sources = sorted(
        os.path.join(d, f)
        for d in (os.path.join(decks_dir, "seeds"), os.path.join(decks_dir, "corpus"))
        for f in os.listdir(d) if f.endswith(".md"))
    fronts, slides = [], []
    for path in sources:
        with open(path, encoding="utf-8", errors="replace", newline="") as f:
            front, deck_slides = split(f.read())
        if "type: slide" in front or "slideOptions" in front:
            fronts.append(front)
        slides.extend(deck_slides)
    shutil.rmtree(out_dir, ignore_errors=True)
    for i in range(count):
        folder = os.path.join(out_dir, "decks", "%02d" % (i // 100))
        os.makedirs(folder, exist_ok=True)
        write(os.path.join(folder, "deck-%04d.md" % i), deck(rng, rng.choice(fronts), slides, rng.randint(3, 40)))
    os.makedirs(os.path.join(out_dir, "big"), exist_ok=True)
    write(os.path.join(out_dir, "big", "deck-300-slides.md"), deck(rng, rng.choice(fronts), slides, 300))
    print("generated %d decks and one of 300 slides from %d real decks (%d slides) in %s"
          % (count, len(sources), len(slides), out_dir))


def deck(rng, front, slides, n):
    parts = []
    for k, slide in enumerate(rng.sample(slides, n)):
        if k:
            parts.append("\n\n----\n\n" if rng.random() < 0.15 else "\n\n---\n\n")
        parts.append(slide)
    return front + "\n" + "".join(parts) + "\n"


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    main()
