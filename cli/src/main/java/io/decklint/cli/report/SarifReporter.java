package io.decklint.cli.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.decklint.cli.BuildVersion;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Linter;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleHelp;
import io.decklint.lint.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** SARIF 2.1.0, as GitHub code scanning reads it. Columns count UTF-16 code units, SARIF's default. */
final class SarifReporter implements Reporter {
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(List<FileReport> reports, List<Rule> rules, PrintWriter out) {
        List<String> ids = new ArrayList<>();
        JsonArray ruleDescriptors = new JsonArray();
        for (Rule rule : rules) {
            ids.add(rule.meta().id());
            ruleDescriptors.add(descriptor(rule.meta().id(), rule.meta().description(), rule.meta().severity()));
        }
        ids.add(Linter.RULE_FAILURE);
        ruleDescriptors.add(descriptor(Linter.RULE_FAILURE, "A rule failed on a deck.", Severity.ERROR));

        JsonArray results = new JsonArray();
        for (FileReport report : reports) {
            for (Diagnostic d : report.diagnostics()) {
                results.add(result(report, d, ids.indexOf(d.rule())));
            }
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "decklint");
        driver.addProperty("version", BuildVersion.get());
        driver.addProperty("informationUri", "https://github.com/decklint/decklint");
        driver.add("rules", ruleDescriptors);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject root = new JsonObject();
        root.addProperty("$schema", SCHEMA);
        root.addProperty("version", "2.1.0");
        root.add("runs", runs);
        out.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(root));
    }

    /** A rule as code scanning shows it: its one-line description, and its doc page as the help. */
    private static JsonObject descriptor(String id, String description, Severity severity) {
        RuleHelp help = RuleHelp.of(id);
        JsonObject helpText = text(help.markdown());
        helpText.addProperty("markdown", help.markdown());
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", level(severity));
        JsonObject rule = new JsonObject();
        rule.addProperty("id", id);
        rule.add("shortDescription", text(description));
        rule.add("fullDescription", text(help.summary()));
        rule.add("help", helpText);
        rule.addProperty("helpUri", help.url());
        rule.add("defaultConfiguration", configuration);
        return rule;
    }

    private static JsonObject text(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text);
        return message;
    }

    private static JsonObject result(FileReport report, Diagnostic d, int ruleIndex) {
        int[] start = report.start(d);
        int[] end = report.end(d);
        JsonObject region = new JsonObject();
        region.addProperty("startLine", start[0]);
        region.addProperty("startColumn", start[1]);
        region.addProperty("endLine", end[0]);
        region.addProperty("endColumn", end[1]);
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", report.path().replace('\\', '/'));
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        JsonArray locations = new JsonArray();
        locations.add(location);
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", d.rule());
        result.addProperty("ruleIndex", ruleIndex);
        result.addProperty("level", level(d.severity()));
        result.add("message", text(d.message()));
        result.add("locations", locations);
        return result;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
