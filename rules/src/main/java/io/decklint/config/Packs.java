package io.decklint.config;

import io.decklint.files.BoundedFile;
import io.decklint.files.Repository;
import io.decklint.lint.Rule;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rule packs that ship with decklint ({@code packs/packs.txt} lists them) and packs read from files. */
public final class Packs {
    private static final String FOLDER = "/io/decklint/packs/";

    private final Map<String, Rule> rules;
    private final List<Pack> builtIn;

    public Packs(Map<String, Rule> rules) {
        this.rules = rules;
        List<Pack> packs = new ArrayList<>();
        for (String name : BuiltInFiles.list(FOLDER, "packs.txt")) {
            packs.add(new ConfigReader("built-in pack " + name, rules).readPack(BuiltInFiles.read(FOLDER, name + ".yml")));
        }
        this.builtIn = List.copyOf(packs);
    }

    public List<Pack> builtIn() {
        return builtIn;
    }

    /**
     * A built-in pack by name, or a pack file by a path relative to {@code folder}. The file must lie inside
     * {@code boundary} once every link is followed (a configuration reads only inside its repository); a null
     * boundary allows any file.
     */
    Pack resolve(String nameOrPath, Path folder, Path boundary) {
        for (Pack pack : builtIn) {
            if (pack.name().equals(nameOrPath)) {
                return pack;
            }
        }
        if (!nameOrPath.endsWith(".yml") && !nameOrPath.endsWith(".yaml")) {
            throw new IllegalArgumentException("no built-in pack '" + nameOrPath + "' (built in: "
                    + String.join(", ", builtIn.stream().map(Pack::name).toList())
                    + "); a pack file's name ends in .yml");
        }
        Path file = folder.resolve(nameOrPath).normalize();
        try {
            Path real = file.toRealPath();
            if (boundary != null && !real.startsWith(boundary.toRealPath())) {
                throw new IllegalArgumentException("refused to read pack file '" + nameOrPath + "': "
                        + (real.equals(file) ? "it" : "it leads to " + real + ", which") + " is outside " + boundary
                        + (Repository.isRoot(boundary) ? ", the repository this configuration belongs to"
                                : ", the configuration's own folder (no folder above it has a .git)")
                        + "; --allow-config-outside reads it anyway");
            }
            return new ConfigReader(file.toString(), rules).readPack(BoundedFile.readUtf8(real, Configurations.MAX_FILE_BYTES));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("pack file '" + nameOrPath + "': no such file (looked for " + file + ")");
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException("pack file " + file + " cannot be read: permission denied");
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("pack file " + file + " is not valid UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException("pack file " + file + " cannot be read: " + e.getMessage());
        }
    }
}
