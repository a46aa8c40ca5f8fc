package io.decklint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff between two texts, in the format of {@code diff -u} and {@code git diff}: {@code ---}/{@code +++}
 * headers, then hunks of changed lines with up to three lines of context around them. Lines end at {@code \n}
 * only, as in diff: a {@code \r} before it is part of the line, so a CRLF deck diffs as CRLF lines. A last line
 * without a line break is marked {@code \ No newline at end of file}.
 */
public final class UnifiedDiff {
    public static final int CONTEXT = 3;
    /** Beyond this many differing lines the middle of the texts is shown as one replaced block. */
    private static final int MAX_EDITS = 2000;

    private enum Kind { KEEP, DELETE, INSERT }

    private record Step(Kind kind, int oldLine, int newLine) {}

    private UnifiedDiff() {}

    /** The diff, or the empty string when the texts are equal. */
    public static String of(String oldName, String newName, String oldText, String newText) {
        List<String> before = lines(oldText);
        List<String> after = lines(newText);
        List<Step> steps = steps(before, after);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < steps.size()) {
            int firstChange = nextChange(steps, i);
            if (firstChange == steps.size()) {
                break;
            }
            int start = Math.max(i, firstChange - CONTEXT);
            int end = hunkEnd(steps, firstChange);
            if (out.length() == 0) {
                out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
            }
            appendHunk(out, steps.subList(start, end), before, after);
            i = end;
        }
        return out.toString();
    }

    /** The text's lines, each with its {@code \n} (the last one may have none). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    private static int nextChange(List<Step> steps, int from) {
        int i = from;
        while (i < steps.size() && steps.get(i).kind() == Kind.KEEP) {
            i++;
        }
        return i;
    }

    /** Where a hunk that starts changing at {@code firstChange} ends: changes closer than twice the context join. */
    private static int hunkEnd(List<Step> steps, int firstChange) {
        int lastChange = firstChange;
        int i = firstChange;
        while (i < steps.size()) {
            if (steps.get(i).kind() != Kind.KEEP) {
                lastChange = i;
            } else if (i - lastChange > 2 * CONTEXT) {
                break;
            }
            i++;
        }
        return Math.min(steps.size(), lastChange + 1 + CONTEXT);
    }

    private static void appendHunk(StringBuilder out, List<Step> hunk, List<String> before, List<String> after) {
        int oldCount = 0;
        int newCount = 0;
        for (Step step : hunk) {
            oldCount += step.kind() != Kind.INSERT ? 1 : 0;
            newCount += step.kind() != Kind.DELETE ? 1 : 0;
        }
        Step first = hunk.get(0);
        out.append("@@ -").append(range(first.oldLine(), oldCount)).append(" +").append(range(first.newLine(), newCount))
                .append(" @@\n");
        for (Step step : hunk) {
            String line = switch (step.kind()) {
                case KEEP -> " " + before.get(step.oldLine());
                case DELETE -> "-" + before.get(step.oldLine());
                case INSERT -> "+" + after.get(step.newLine());
            };
            out.append(line);
            if (!line.endsWith("\n")) {
                out.append("\n\\ No newline at end of file\n");
            }
        }
    }

    /** diff's {@code start,count}: one-based; a single line drops the count; no lines names the line before. */
    private static String range(int zeroBasedStart, int count) {
        if (count == 0) {
            return zeroBasedStart + ",0";
        }
        return count == 1 ? String.valueOf(zeroBasedStart + 1) : (zeroBasedStart + 1) + "," + count;
    }

    /** The edit script: common head and tail kept, the middle by Myers' shortest edit script. */
    private static List<Step> steps(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Step> steps = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            steps.add(new Step(Kind.KEEP, k, k));
        }
        steps.addAll(middle(a, b, head, a.size() - tail, head, b.size() - tail));
        for (int k = tail; k > 0; k--) {
            steps.add(new Step(Kind.KEEP, a.size() - k, b.size() - k));
        }
        return steps;
    }

    /**
     * Myers (1986), "An O(ND) difference algorithm": the furthest-reaching path on each diagonal, one round per
     * edit, then back along the rounds. Deletions come before insertions where both are possible, as in diff.
     */
    private static List<Step> middle(List<String> a, List<String> b, int aFrom, int aTo, int bFrom, int bTo) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        int max = Math.min(n + m, MAX_EDITS);
        List<int[]> rounds = new ArrayList<>();
        int[] v = new int[3];
        v[1 + 1] = 0;
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            int[] next = new int[2 * d + 3];
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || (k != d && at(v, k - 1) < at(v, k + 1))) {
                    x = at(v, k + 1);
                } else {
                    x = at(v, k - 1) + 1;
                }
                int y = x - k;
                while (x < n && y < m && a.get(aFrom + x).equals(b.get(bFrom + y))) {
                    x++;
                    y++;
                }
                next[k + d + 1] = x;
                if (x >= n && y >= m) {
                    found = d;
                }
            }
            rounds.add(next);
            v = next;
        }
        if (found < 0) {
            return replaceAll(aFrom, aTo, bFrom, bTo);
        }
        List<Step> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] previous = rounds.get(d - 1);
            int k = x - y;
            boolean down = k == -d || (k != d && at(previous, k - 1) < at(previous, k + 1));
            int previousK = down ? k + 1 : k - 1;
            int previousX = at(previous, previousK);
            int previousY = previousX - previousK;
            while (x > (down ? previousX : previousX + 1) && y > (down ? previousY + 1 : previousY)) {
                x--;
                y--;
                reversed.add(new Step(Kind.KEEP, aFrom + x, bFrom + y));
            }
            if (down) {
                y--;
                reversed.add(new Step(Kind.INSERT, aFrom + x, bFrom + y));
            } else {
                x--;
                reversed.add(new Step(Kind.DELETE, aFrom + x, bFrom + y));
            }
        }
        while (x > 0 && y > 0) {
            x--;
            y--;
            reversed.add(new Step(Kind.KEEP, aFrom + x, bFrom + y));
        }
        List<Step> steps = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            steps.add(reversed.get(i));
        }
        return steps;
    }

    /** The x reached on diagonal {@code k} in a round of width {@code round.length} (k from -d-1 to d+1). */
    private static int at(int[] round, int k) {
        int index = k + round.length / 2;
        return index >= 0 && index < round.length ? round[index] : 0;
    }

    private static List<Step> replaceAll(int aFrom, int aTo, int bFrom, int bTo) {
        List<Step> steps = new ArrayList<>();
        for (int i = aFrom; i < aTo; i++) {
            steps.add(new Step(Kind.DELETE, i, bFrom));
        }
        for (int j = bFrom; j < bTo; j++) {
            steps.add(new Step(Kind.INSERT, aTo, j));
        }
        return steps;
    }
}
