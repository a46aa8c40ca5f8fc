package io.decklint.cli;

import io.decklint.Decklint;
import io.decklint.series.LearntSection;
import io.decklint.series.LearntSeries;
import io.decklint.series.SeriesInit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code decklint init}: writes a folder's {@code .decklint.yml} from what its decks have in common. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Reads the decks of a folder (a series: decks that share a title or a template) and writes a "
                + "commented .decklint.yml with what they have in common: their sections, the date on the title "
                + "slide, their own words, the theme of the newest decks.",
            "Exit status: 0 written, 2 nothing written (no series, a configuration exists, a write failed)."})
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FOLDER", arity = "0..1", description = "The folder of the decks (default: the current one).")
    Path folder = Path.of("");

    @Option(names = "--force", description = "Replace the folder's .decklint.yml if it has one.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = folder.toString().isEmpty() ? Path.of(".") : folder;
        try {
            Decklint decklint = new Decklint();
            SeriesInit.Result result = SeriesInit.run(target, decklint.series(), decklint.configurations(), force);
            LearntSeries learnt = result.learnt();
            long required = learnt.sections().sections().stream().filter(LearntSection::required).count();
            out.println((result.replaced() ? "replaced " : "wrote ") + result.file() + ": learnt from "
                    + learnt.series().decks().size() + " decks " + learnt.series().name() + ": "
                    + required + " required and " + (learnt.sections().sections().size() - required)
                    + " optional sections, " + learnt.words().size() + " words"
                    + (learnt.dates().requiredOn() > 0 ? ", the date on the title slide" : "")
                    + learnt.theme().map(t -> ", theme " + t.name()).orElse(""));
            if (!learnt.others().isEmpty()) {
                out.println("left out " + learnt.others().size() + (learnt.others().size() == 1 ? " deck" : " decks")
                        + " of the folder that are not of the series "
                        + "(see overrides in the file)");
            }
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("decklint: init: " + e.getMessage());
            return Main.EXIT_TROUBLE;
        } catch (IOException e) {
            err.println("decklint: init: cannot write the configuration: " + e.getMessage());
            return Main.EXIT_TROUBLE;
        }
    }
}
