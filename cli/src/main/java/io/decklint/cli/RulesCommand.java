package io.decklint.cli;

import io.decklint.Decklint;
import io.decklint.lint.Rule;
import io.decklint.lint.RuleMeta;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code decklint rules}: every rule with its default severity, whether it is fixable, and what it checks. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists every rule.")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
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
        out.flush();
        return 0;
    }
}
