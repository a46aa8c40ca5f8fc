package io.decklint.cli.report;

import io.decklint.lint.Diagnostic;
import java.util.List;

/** Counts over a whole run. */
public record Summary(int files, int errors, int warnings, int infos, int fixable, int fixed, int unreadable) {
    public static Summary of(List<FileReport> reports) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int fixable = 0;
        int fixed = 0;
        int unreadable = 0;
        for (FileReport report : reports) {
            fixed += report.fixed();
            if (report.error() != null) {
                unreadable++;
            }
            for (Diagnostic diagnostic : report.diagnostics()) {
                switch (diagnostic.severity()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    default -> infos++;
                }
                if (diagnostic.fixable()) {
                    fixable++;
                }
            }
        }
        return new Summary(reports.size(), errors, warnings, infos, fixable, fixed, unreadable);
    }

    public int problems() {
        return errors + warnings + infos;
    }

    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
