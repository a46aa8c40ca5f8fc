package io.decklint.lint;

import java.util.Collection;
import java.util.Map;

/**
 * Looks up remote links for a lint run. The front end decides whether a run may go online by handing one in;
 * rules only ask. Implementations must be safe to call from several threads and should remember answers.
 */
public interface LinkChecker {
    /** No lookups: every answer is missing. */
    LinkChecker NONE = urls -> Map.of();

    /**
     * Blocks until each {@code http}/{@code https} URL asked about has an answer or was given up on. URLs with
     * other schemes, and every URL when nothing can be looked up, are left out of the result.
     */
    Map<String, LinkStatus> check(Collection<String> urls);
}
