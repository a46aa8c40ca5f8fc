package io.decklint.cli.report;

import io.decklint.lint.Rule;
import java.io.PrintWriter;
import java.util.List;

/** Writes a run's findings in one of the formats other tools read. */
public interface Reporter {
    void write(List<FileReport> reports, List<Rule> rules, PrintWriter out);

    static Reporter of(Format format, boolean color) {
        return switch (format) {
            case text -> new TextReporter(color);
            case json -> new JsonReporter();
            case sarif -> new SarifReporter();
            case github -> new GithubReporter();
        };
    }

    /** The names users type after {@code --format}. */
    enum Format { text, json, sarif, github }
}
