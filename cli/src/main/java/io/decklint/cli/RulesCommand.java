package io.decklint.cli;

import io.decklint.Decklint;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleMeta;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code decklint rules}: every rule with its default severity, whether it is fixable, and what it checks. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists every rule.")
final class RulesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Rule> rules = new Decklint().rules();
        int width = 0;
        for (Rule rule : rules) {
            width = Math.max(width, rule.meta().id().length());
        }
        out.printf("%-" + width + "s  %-8s  %-7s  %s%n", "RULE", "SEVERITY", "FIXABLE", "DESCRIPTION");
        for (Rule rule : rules) {
            RuleMeta meta = rule.meta();
            out.printf("%-" + width + "s  %-8s  %-7s  %s%n", meta.id(), meta.severity().label(),
                    meta.fixable() ? "yes" : "no", meta.description());
        }
        return 0;
    }
}
