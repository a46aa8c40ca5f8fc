package io.decklint.cli.report;

import io.decklint.lint.Diagnostic;
import io.decklint.lint.Rule;
import io.decklint.lint.Severity;
import java.io.PrintWriter;
import java.util.List;

/** One finding a line, {@code path:line:column  severity  message  rule-id}, then a summary. */
final class TextReporter implements Reporter {
    private final boolean color;

    TextReporter(boolean color) {
        this.color = color;
    }

    @Override
    public void write(List<FileReport> reports, List<Rule> rules, PrintWriter out) {
        for (FileReport report : reports) {
            if (report.error() != null) {
                out.println(report.path() + ": " + paint("error", "31") + "  " + report.error());
                continue;
            }
            for (Diagnostic d : report.diagnostics()) {
                int[] at = report.start(d);
                out.println(report.path() + ":" + at[0] + ":" + at[1] + "  " + severity(d.severity()) + "  "
                        + d.message() + "  " + paint(d.rule(), "2"));
            }
        }
        Summary summary = Summary.of(reports);
        if (summary.fixed() > 0) {
            out.println("Fixed " + Summary.count(summary.fixed(), "problem") + ".");
        }
        if (summary.problems() == 0 && summary.unreadable() == 0) {
            out.println(paint("No problems", "32") + " in " + Summary.count(summary.files(), "deck") + ".");
            return;
        }
        out.println(Summary.count(summary.problems(), "problem") + " (" + Summary.count(summary.errors(), "error")
                + ", " + Summary.count(summary.warnings(), "warning") + ", " + Summary.count(summary.infos(), "info")
                + ") in " + Summary.count(summary.files(), "deck") + "."
                + (summary.unreadable() > 0 ? " " + Summary.count(summary.unreadable(), "file") + " could not be read." : ""));
        if (summary.fixable() > 0) {
            out.println(Summary.count(summary.fixable(), "problem") + " can be fixed with --fix.");
        }
    }

    private String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> paint("error  ", "31");
            case WARNING -> paint("warning", "33");
            case INFO -> paint("info   ", "36");
        };
    }

    private String paint(String text, String code) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
