package io.decklint.config;

import java.nio.file.Path;

/** Settings an editor sent, read like a {@code .decklint.yml} in {@code folder} (the workspace's root). */
record ClientSettings(ConfigFile file, Path folder) {}
