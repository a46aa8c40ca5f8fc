package io.decklint.cli.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Rule;
import java.io.PrintWriter;
import java.util.List;

/**
 * The documented JSON contract: {@code {"files":[{"path","diagnostics":[…]}],"summary":{…}}}, one-based lines
 * and columns; a finding's {@code data} (the word, for spelling) is there when its rule sets one. A file that could not be read carries an {@code error} instead of findings.
 */
final class JsonReporter implements Reporter {
    @Override
    public void write(List<FileReport> reports, List<Rule> rules, PrintWriter out) {
        JsonArray files = new JsonArray();
        for (FileReport report : reports) {
            JsonObject file = new JsonObject();
            file.addProperty("path", report.path());
            JsonArray diagnostics = new JsonArray();
            for (Diagnostic d : report.diagnostics()) {
                diagnostics.add(diagnostic(report, d));
            }
            file.add("diagnostics", diagnostics);
            if (report.error() != null) {
                file.addProperty("error", report.error());
            }
            files.add(file);
        }
        Summary summary = Summary.of(reports);
        JsonObject counts = new JsonObject();
        counts.addProperty("files", summary.files());
        counts.addProperty("errors", summary.errors());
        counts.addProperty("warnings", summary.warnings());
        counts.addProperty("infos", summary.infos());
        JsonObject root = new JsonObject();
        root.add("files", files);
        root.add("summary", counts);
        out.println(new GsonBuilder().disableHtmlEscaping().create().toJson(root));
    }

    private static JsonObject diagnostic(FileReport report, Diagnostic d) {
        int[] start = report.start(d);
        int[] end = report.end(d);
        JsonObject json = new JsonObject();
        json.addProperty("rule", d.rule());
        json.addProperty("severity", d.severity().label());
        json.addProperty("message", d.message());
        json.addProperty("line", start[0]);
        json.addProperty("column", start[1]);
        json.addProperty("endLine", end[0]);
        json.addProperty("endColumn", end[1]);
        JsonArray slide = new JsonArray();
        slide.add(d.slide().h());
        slide.add(d.slide().v());
        json.add("slide", slide);
        json.addProperty("slideNumber", d.slide().number());
        json.addProperty("fixable", d.fixable());
        if (d.data() != null) {
            json.addProperty("data", d.data());
        }
        return json;
    }
}
