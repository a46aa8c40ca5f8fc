import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Copies the licence texts of the libraries a shaded jar holds into OUT_DIR/&lt;groupId&gt;/&lt;artifactId&gt;-&lt;version&gt;/,
 * run by the server's and the command line's builds (the parent pom) with their runtime classpath:
 *
 * <pre>java licences/JarLicences.java LOCAL_REPOSITORY TEXTS_DIR APACHE_LICENSE OUT_DIR CLASSPATH</pre>
 *
 * A library's text comes from, in this order: the licence files inside its jar; the texts kept in the repository
 * for its group (TEXTS_DIR/&lt;groupId&gt;/, for projects whose jars ship none); the Apache License 2.0 text
 * (APACHE_LICENSE) when its pom declares that licence. A library with none of these stops the build, naming it.
 * Classpath entries outside LOCAL_REPOSITORY are decklint's own modules and are skipped.
 */
public final class JarLicences {
  private static final Pattern LICENCE_ENTRY =
      Pattern.compile("(?i)(META-INF/)?([^/]+/)?(licen[cs]e|notice|copying)[^/]*");
  private static final Pattern APACHE_2 =
      Pattern.compile("(?is)<licenses>.*<name>[^<]*Apache[^<]*2(\\.0)?[^<]*</name>.*</licenses>");

  private JarLicences() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      System.err.println("usage: java JarLicences.java LOCAL_REPOSITORY TEXTS_DIR APACHE_LICENSE OUT_DIR CLASSPATH");
      System.exit(2);
    }
    Path repository = Path.of(args[0]).toAbsolutePath().normalize();
    Path texts = Path.of(args[1]);
    Path apache = Path.of(args[2]);
    Path out = Path.of(args[3]);
    deleteTree(out); // a library dropped from the build must not leave its folder behind
    List<String> missing = new ArrayList<>();
    int count = 0;
    for (String entry : args[4].split(Pattern.quote(java.io.File.pathSeparator))) {
      Path jar = Path.of(entry).toAbsolutePath().normalize();
      if (!jar.startsWith(repository) || !jar.toString().endsWith(".jar")) continue;
      // the repository's layout: <group as folders>/<artifactId>/<version>/<artifactId>-<version>.jar
      Path versionDir = jar.getParent();
      Path artifactDir = versionDir.getParent();
      String groupId = repository.relativize(artifactDir.getParent()).toString().replace(jar.getFileSystem().getSeparator(), ".");
      String artifact = artifactDir.getFileName() + "-" + versionDir.getFileName();
      Path target = out.resolve(groupId).resolve(artifact);
      count++;
      if (copyFromJar(jar, target) || copyKept(texts.resolve(groupId), target) || copyApache(jar, apache, target)) continue;
      missing.add(groupId + ":" + artifact);
    }
    if (!missing.isEmpty()) {
      System.err.println("decklint: these libraries ship no licence text and none is kept for them: "
          + String.join(", ", missing) + "; add each one's licence text under licences/java/<groupId>/");
      System.exit(1);
    }
    System.out.println("decklint: the licences of " + count + " libraries are in " + out);
  }

  private static boolean copyFromJar(Path jar, Path target) throws IOException {
    boolean copied = false;
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        if (entry.isDirectory() || !LICENCE_ENTRY.matcher(entry.getName()).matches()) continue;
        Files.createDirectories(target);
        try (InputStream in = zip.getInputStream(entry)) {
          Path file = target.resolve(Path.of(entry.getName()).getFileName().toString());
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        copied = true;
      }
    }
    return copied;
  }

  private static boolean copyKept(Path kept, Path target) throws IOException {
    if (!Files.isDirectory(kept)) return false;
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(kept)) {
      files.forEach(file -> copy(file, target.resolve(file.getFileName().toString())));
    }
    return true;
  }

  private static boolean copyApache(Path jar, Path apache, Path target) throws IOException {
    Path pom = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".pom"));
    if (!Files.exists(pom) || !APACHE_2.matcher(Files.readString(pom)).find()) return false;
    Files.createDirectories(target);
    copy(apache, target.resolve("LICENSE"));
    return true;
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) return;
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
