package io.decklint.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The archive the build made, unpacked as a user would, and commands run from it where no Java can be seen. */
final class UnpackedArchive {
    static final Path ARCHIVE = Path.of(System.getProperty("dist.archive"));
    static final String NAME = System.getProperty("dist.name");
    static final String VERSION = System.getProperty("project.version");
    static final Path SEED = Path.of(System.getProperty("seed.deck"));
    private static final Path WITHOUT_JAVA = Path.of(System.getProperty("without.java"));

    /** What a command printed (standard output and error apart) and how it ended. */
    record Result(int exit, String out, String err) {}

    final Path home;

    private UnpackedArchive(Path home) {
        this.home = home;
    }

    /** Unpacks the archive into folder with the system's tar, which keeps the file modes it holds. */
    static UnpackedArchive unpack(Path folder) throws IOException, InterruptedException {
        Result tar = run(folder, List.of("tar", "-xzf", ARCHIVE.toString(), "-C", folder.toString()));
        assertThat(tar.exit()).as(tar.err()).isZero();
        return new UnpackedArchive(folder.resolve(NAME));
    }

    Path launcher() {
        return home.resolve("bin/decklint");
    }

    /** Runs bin/decklint with these arguments in folder, in a mount namespace that hides every Java. */
    Result decklintWithoutJava(Path folder, String... args) throws IOException, InterruptedException {
        return run(folder, withoutJava(args));
    }

    List<String> withoutJava(String... args) {
        List<String> command = new ArrayList<>(List.of(WITHOUT_JAVA.toString(), launcher().toString()));
        command.addAll(List.of(args));
        return command;
    }

    static Result run(Path folder, List<String> command) throws IOException, InterruptedException {
        return run(folder, command, Map.of());
    }

    /** Runs a command to its end (two minutes at most: it is killed then, and the test fails). */
    static Result run(Path folder, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("decklint-out", ".txt");
        Path err = Files.createTempFile("decklint-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            Process process = builder.directory(folder.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}
