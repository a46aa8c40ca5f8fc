package io.decklint.export;

import io.decklint.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder {@code --png} writes slide images into. It may hold the user's own files, slide images of other
 * names included, so a shorter deck's leftovers are removed only when a list the last export left in the folder
 * ({@value #WRITTEN}) names them.
 */
final class SlideImageFolder {
    static final String WRITTEN = ".decklint-slides";

    private SlideImageFolder() {}

    /** Writes {@code images} under {@code names} into {@code folder} (made when missing); returns their paths. */
    static List<Path> write(Path folder, List<String> names, List<byte[]> images) throws IOException {
        Files.createDirectories(folder);
        List<String> before = writtenBefore(folder);
        List<Path> written = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            Path image = folder.resolve(names.get(i));
            AtomicFile.write(image, images.get(i));
            written.add(image);
        }
        AtomicFile.write(folder.resolve(WRITTEN), String.join("\n", names) + "\n");
        for (String name : before) {
            if (!names.contains(name)) {
                Files.deleteIfExists(folder.resolve(name));
            }
        }
        return written;
    }

    /** Only names of decklint's form count, so an edited list cannot reach other files or folders. */
    private static List<String> writtenBefore(Path folder) throws IOException {
        Path list = folder.resolve(WRITTEN);
        if (!Files.isRegularFile(list)) {
            return List.of();
        }
        return Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                .filter(name -> SlideImageNames.OURS.matcher(name).matches()).toList();
    }
}
