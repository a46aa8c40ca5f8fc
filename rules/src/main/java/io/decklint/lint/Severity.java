package io.decklint.lint;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters. An error fails the CLI run and the pre-commit hook. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code error}, {@code warning} or {@code info}; {@code off} and unknown words give empty. */
    public static Optional<Severity> parse(String word) {
        for (Severity severity : values()) {
            if (severity.label().equalsIgnoreCase(word.trim())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
