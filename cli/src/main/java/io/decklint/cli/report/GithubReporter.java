package io.decklint.cli.report;

import io.decklint.lint.Diagnostic;
import io.decklint.lint.Rule;
import java.io.PrintWriter;
import java.util.List;

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff. */
final class GithubReporter implements Reporter {
    @Override
    public void write(List<FileReport> reports, List<Rule> rules, PrintWriter out) {
        for (FileReport report : reports) {
            if (report.error() != null) {
                out.println("::error file=" + property(report.path()) + "::" + data(report.error()));
                continue;
            }
            for (Diagnostic d : report.diagnostics()) {
                int[] start = report.start(d);
                int[] end = report.end(d);
                String command = switch (d.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFO -> "notice";
                };
                out.println("::" + command + " file=" + property(report.path()) + ",line=" + start[0] + ",col="
                        + start[1] + ",endLine=" + end[0] + ",endColumn=" + end[1] + ",title="
                        + property("decklint " + d.rule()) + "::" + data(d.message()));
            }
        }
    }

    /** Escaping as the Actions runner reads it (toolkit's command.ts). */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
