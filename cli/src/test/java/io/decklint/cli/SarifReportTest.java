package io.decklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.decklint.lint.Linter;
import io.decklint.rules.BuiltInRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF report is valid SARIF 2.1.0 and carries what GitHub code scanning requires of every rule. */
class SarifReportTest {
    private static final String DOCS = "https://github.com/decklint/decklint/blob/main/docs/rules/";

    @TempDir
    Path dir;

    private CliRun run;
    private JsonObject driver;

    @BeforeEach
    void lintADeckWithFindings() throws IOException {
        Path deck = Files.writeString(dir.resolve("call.md"), "---\ntype: slide\n---\n\n# Team IaaS\n\n* news\n"
                + "----\n\n# Team Ops\n\nThe improvments\n", StandardCharsets.UTF_8);
        run = CliRun.of("lint", "--format", "sarif", deck.toString());
        driver = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
                .getAsJsonObject("tool").getAsJsonObject("driver");
    }

    @Test
    void theReportIsValidAgainstTheSarifSchema() throws IOException {
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("\"ruleId\": \"separator-spacing\"").contains("\"ruleId\": \"spelling\"");
        assertThat(schema.validate(run.out(), InputFormat.JSON)).isEmpty();
        assertThat(schema.validate("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}}}]}", InputFormat.JSON))
                .as("a driver without a name is not SARIF").isNotEmpty();
    }

    @Test
    void everyRuleHasTheHelpCodeScanningShowsFromItsDocPage() throws IOException {
        List<String> expected = new ArrayList<>();
        BuiltInRules.all().forEach(rule -> expected.add(rule.meta().id()));
        expected.add(Linter.RULE_FAILURE);
        Map<String, JsonObject> rules = new LinkedHashMap<>();
        for (JsonElement rule : driver.getAsJsonArray("rules")) {
            rules.put(rule.getAsJsonObject().get("id").getAsString(), rule.getAsJsonObject());
        }
        assertThat(rules.keySet()).containsExactlyElementsOf(expected);
        for (Map.Entry<String, JsonObject> entry : rules.entrySet()) {
            String id = entry.getKey();
            JsonObject rule = entry.getValue();
            Path page = Path.of("../docs/rules/" + id + ".md");
            assertThat(page).as(id).exists();
            assertThat(rule.get("helpUri").getAsString()).isEqualTo(DOCS + id + ".md");
            assertThat(rule.getAsJsonObject("shortDescription").get("text").getAsString()).as(id).isNotBlank();
            String summary = rule.getAsJsonObject("fullDescription").get("text").getAsString();
            assertThat(summary).as(id).isNotBlank().doesNotContain("\n");
            assertThat(Files.readString(page).replace("\n", " ")).as(id).contains(summary);
            JsonObject help = rule.getAsJsonObject("help");
            assertThat(help.get("text").getAsString()).as(id).startsWith("# " + id + "\n");
            assertThat(help.get("markdown").getAsString()).as(id).startsWith("# " + id + "\n")
                    .doesNotContain("](../");
        }
        assertThat(rules.get("separator-spacing").getAsJsonObject("fullDescription").get("text").getAsString())
                .isEqualTo("A `---` or `----` line does not split slides because it is glued to text or has extra "
                        + "characters on its line.");
        assertThat(rules.get("spelling").getAsJsonObject("help").get("markdown").getAsString())
                .contains("](https://github.com/decklint/decklint/blob/main/docs/spelling.md)");
    }

    @Test
    void theToolNamesTheVersionTheBuildGaveIt() {
        String version = driver.get("version").getAsString();
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(CliRun.of("--version").out()).isEqualTo("decklint " + version + "\n");
    }
}
