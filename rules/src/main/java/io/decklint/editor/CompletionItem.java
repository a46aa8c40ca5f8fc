package io.decklint.editor;

/**
 * One thing the editor may offer to insert.
 *
 * @param label what the list shows
 * @param insert the text that replaces the typed prefix
 * @param cursor where the cursor goes in {@code insert} afterwards (its length: at the end)
 * @param detail a short note shown beside the label (the emoji, the kind of option)
 * @param kind what sort of thing it is
 */
public record CompletionItem(String label, String insert, int cursor, String detail, Kind kind) {
    public enum Kind { EMOJI, OPTION, ATTRIBUTE, HEADING }

    public static CompletionItem of(String label, String insert, String detail, Kind kind) {
        return new CompletionItem(label, insert, insert.length(), detail, kind);
    }
}
