package io.decklint.cli;

import io.decklint.Decklint;
import io.decklint.LintFiles;
import io.decklint.Workspaces;
import io.decklint.cli.report.FileReport;
import io.decklint.cli.report.Reporter;
import io.decklint.cli.report.Summary;
import io.decklint.config.ConfigException;
import io.decklint.config.Configuration;
import io.decklint.deck.Deck;
import io.decklint.files.AtomicFile;
import io.decklint.lint.Diagnostic;
import io.decklint.lint.Fixer;
import io.decklint.lint.RuleOptions;
import io.decklint.remote.HttpLinkChecker;
import io.decklint.rules.BuiltInRules;
import io.decklint.spelling.SpellingChecker;
import io.decklint.spelling.VocabularyCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Lints a list of targets on all cores, writes the report and works out the exit status. */
final class LintRun {
    private final HttpLinkChecker links;
    /** Counts workspaces' words, one at a time, beside the lint. */
    private final ExecutorService counter =
            Executors.newSingleThreadExecutor(DaemonThreads.named("decklint-workspace"));
    private final VocabularyCache cache;
    private final Decklint decklint;
    private final Configuration fixedConfig;
    private final boolean fix;
    private final Path repository;
    private final PrintWriter out;
    private final PrintWriter err;
    private volatile String fixedText;

    /**
     * What a run is asked to do.
     *
     * @param configFile a configuration to use for every deck, or null for each deck's nearest one
     * @param configOutside let configurations read pack files outside their repository
     * @param checkRemote look up every remote image (otherwise only where the configuration asks for it)
     * @param allowPrivateAddresses let remote lookups reach this machine and its networks
     */
    record Options(Path configFile, boolean configOutside, boolean fix, boolean checkRemote,
            boolean allowPrivateAddresses) {
        /** A pre-commit run: each deck's own configuration, nothing fixed, nothing looked up. */
        static final Options HOOK = new Options(null, false, false, false, false);
    }

    /** @param repository where staged targets are read from, or null */
    LintRun(Options options, Path repository, PrintWriter out, PrintWriter err) {
        this.links = new HttpLinkChecker(options.allowPrivateAddresses());
        this.cache = CacheFolder.vocabulary();
        this.decklint = new Decklint(BuiltInRules.all(), links, options.checkRemote(), cache, counter);
        if (options.configOutside()) {
            decklint.configurations().allowReadingOutsideRepositories();
        }
        this.fixedConfig = options.configFile() == null ? null
                : decklint.configurations().fromFile(options.configFile());
        this.fix = options.fix();
        this.repository = repository;
        this.out = out;
        this.err = err;
    }

    /** The files to lint below folders and matching globs, as this run's configuration says. */
    LintFiles files(boolean honourIgnores) {
        return new LintFiles(decklint.configurations(), fixedConfig, honourIgnores);
    }

    /** The deck read from standard input with every safe fix applied, once the run is done and changed it. */
    Optional<String> fixedText() {
        return Optional.ofNullable(fixedText);
    }

    int run(List<Target> targets, Reporter.Format format, boolean color, int maxWarnings) {
        List<Outcome> outcomes;
        SpellingChecker.readCandidates(cache);
        try (links) {
            outcomes = lintAll(targets);
        } finally {
            counter.shutdown();
        }
        SpellingChecker.writeCandidates(cache);
        List<FileReport> reports = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.configError != null) {
                err.println("decklint: " + outcome.configError);
                return Main.EXIT_TROUBLE;
            }
            if (outcome.report != null) {
                reports.add(outcome.report);
            }
            if (outcome.unfinishedFix) {
                err.println("decklint: " + outcome.report.path() + ": --fix stopped before it was done: its fixes "
                        + "kept changing the deck. It wrote what it had; the problems below are left. Please report "
                        + "this deck.");
            }
        }
        Reporter.of(format, color).write(reports, decklint.rules(), out);
        out.flush();
        decklint.workspaces().takeNotices().forEach(notice -> err.println("decklint: " + notice));
        Summary summary = Summary.of(reports);
        if (summary.unreadable() > 0) {
            return Main.EXIT_TROUBLE;
        }
        if (summary.errors() > 0) {
            return 1;
        }
        if (maxWarnings >= 0 && summary.warnings() > maxWarnings) {
            // Said on standard error, so that a JSON or SARIF report stays what it is.
            err.println("decklint: " + (maxWarnings == 0 ? "warnings fail this run, as errors do: "
                    + Summary.count(summary.warnings(), "warning") + " found"
                    : Summary.count(summary.warnings(), "warning") + " found, more than the " + maxWarnings
                            + " that --max-warnings allows"));
            return 1;
        }
        return 0;
    }

    /**
     * Lints the targets on a pool of one thread a core, each deck whole on one thread; the outcomes come back in
     * the targets' order, so the report reads the same as if they had been linted one after another. Not the
     * common fork-join pool: a workspace vocabulary, counted (one at a time, on the counting thread) from when
     * the first deck of its folder is picked up, counts its files on that pool, and no lint task must wait there
     * for it. A vocabulary is let go once every target of its workspace is done, so a run over many folders
     * holds only the few it is working in.
     */
    private List<Outcome> lintAll(List<Target> targets) {
        List<Path> roots = targets.stream().map(this::workspaceRoot).toList();
        if (targets.size() <= 1) {
            return targets.isEmpty() ? List.of() : List.of(lintOne(targets.get(0), roots.get(0)));
        }
        Map<Path, AtomicInteger> pending = new ConcurrentHashMap<>();
        roots.stream().filter(Objects::nonNull)
                .forEach(root -> pending.computeIfAbsent(root, r -> new AtomicInteger()).incrementAndGet());
        int threads = Math.min(targets.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("decklint-lint"));
        try {
            List<Future<Outcome>> futures = new ArrayList<>(targets.size());
            for (int i = 0; i < targets.size(); i++) {
                Target target = targets.get(i);
                Path root = roots.get(i);
                futures.add(pool.submit(() -> {
                    try {
                        return lintOne(target, root);
                    } finally {
                        if (root != null && pending.get(root).decrementAndGet() == 0) {
                            decklint.workspaces().forget(root);
                        }
                    }
                }));
            }
            List<Outcome> outcomes = new ArrayList<>(targets.size());
            for (Future<Outcome> future : futures) {
                outcomes.add(outcome(future));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The folder whose vocabulary the deck learns from, or null when its configuration cannot be read. */
    private Path workspaceRoot(Target target) {
        try {
            Configuration configuration = fixedConfig != null ? fixedConfig
                    : decklint.configurations().forDeck(target.path());
            return Workspaces.root(target.path(), configuration);
        } catch (ConfigException e) {
            return null; // reported when the deck is linted
        }
    }

    private static Outcome outcome(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void prepare(Path root) {
        if (root != null) {
            decklint.workspaces().prepare(root);
        }
    }

    /**
     * A file's report, or nothing when it is not a deck, or a configuration problem that stops the run;
     * {@code unfinishedFix} when {@code --fix} gave up before no fix was left.
     */
    private record Outcome(FileReport report, String configError, boolean unfinishedFix) {
        Outcome(FileReport report, String configError) {
            this(report, configError, false);
        }
    }

    /**
     * Lints one target; its workspace's words are counted meanwhile, on the counting thread. A named target is
     * linted whatever it holds, so its workspace is counted while it is read and parsed; a target found in a
     * folder only once it is known to be a deck. A file decklint fails on is reported as such.
     */
    private Outcome lintOne(Target target, Path root) {
        if (target.named()) {
            prepare(root);
        }
        Path path = target.path();
        String shown = path.toString();
        String text;
        try {
            text = target.text() != null ? target.text()
                    : target.staged() ? DeckFile.decode(target.readStaged(repository)) : DeckFile.read(path);
        } catch (DeckFile.Unreadable e) {
            return new Outcome(FileReport.unreadable(shown, e.getMessage()), null);
        }
        try {
            return lintText(target, root, text);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of decklint's on one file must not take the run and its report down
            return new Outcome(FileReport.unreadable(shown, "decklint failed on this file ("
                    + e.getClass().getSimpleName() + "); please report this"), null);
        }
    }

    private Outcome lintText(Target target, Path root, String text) {
        Path path = target.path();
        String shown = path.toString();
        Deck deck = Deck.parse(text);
        if (!target.named() && !deck.isSlideDeck()) {
            return new Outcome(null, null);
        }
        prepare(root);
        try {
            Configuration configuration = fixedConfig != null ? fixedConfig : decklint.configurations().forDeck(path);
            int applied = 0;
            boolean unfinished = false;
            if (fix) {
                Fixer.Result result = decklint.fix(text, path, configuration);
                if (result.changed(text)) {
                    if (root != null) {
                        decklint.workspaces().awaitCounted(root);
                    }
                    if (target.text() != null) {
                        fixedText = result.text();
                    } else {
                        AtomicFile.write(path, result.text());
                    }
                    deck = Deck.parse(result.text());
                    applied = result.applied();
                }
                unfinished = !result.complete();
            }
            List<Diagnostic> diagnostics = decklint.lint(deck, path, configuration);
            return new Outcome(new FileReport(shown, deck.source(), diagnostics, null, applied), null, unfinished);
        } catch (ConfigException | RuleOptions.OptionException e) {
            return new Outcome(null, e.getMessage());
        } catch (IOException e) {
            return new Outcome(FileReport.unreadable(shown, "cannot be written: " + e.getMessage()), null);
        }
    }
}
