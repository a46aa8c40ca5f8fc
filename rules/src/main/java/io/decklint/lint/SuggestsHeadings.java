package io.decklint.lint;

import java.util.List;

/**
 * A rule that knows headings a deck should have, such as the sections its configuration requires. Editors
 * offer them when the user starts a heading. Implement it beside {@link Rule}.
 */
public interface SuggestsHeadings {
    /** The headings' text (without the {@code #} marks) under these options. */
    List<String> suggestedHeadings(RuleOptions options);
}
