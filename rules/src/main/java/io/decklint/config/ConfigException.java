package io.decklint.config;

/** A configuration or rule pack that cannot be used: names the file, the line and the problem. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
