package io.decklint.config;

/** A configuration or rule pack that cannot be used: names the file, the line and the problem. */
public final class ConfigException extends RuntimeException {
    private final String file;
    private final int line;
    private final String problem;

    public ConfigException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The file as named in the message (a path, or e.g. "built-in pack x"). */
    public String file() {
        return file;
    }

    /** The one-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
