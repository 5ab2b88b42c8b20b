package org.newsgraph.extract.places;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/**
 * Build step: compiles the gazetteer's text resources into the binary that {@link Gazetteer#load()} reads. The
 * extract module's build runs it after compiling ({@code exec-maven-plugin}, phase {@code process-classes}) with
 * the module's classes and resources on the class path, so a fresh clone needs nothing but Maven.
 *
 * <p>Usage: {@code GazetteerCompiler OUTPUT_FILE}. The file is rewritten only when a text resource or the
 * gazetteer's code is newer than it; it is written to a temporary file first and moved into place.
 */
final class GazetteerCompiler {
  private GazetteerCompiler() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: GazetteerCompiler OUTPUT_FILE");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    if (upToDate(out)) {
      System.out.println("gazetteer up to date: " + out);
      return;
    }
    long start = System.nanoTime();
    Gazetteer gazetteer = Gazetteer.fromText();
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(tmp)) {
      gazetteer.write(o);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf("gazetteer: %d places, %d bytes, in %.1f s: %s%n", gazetteer.size(), Files.size(out),
        (System.nanoTime() - start) / 1e9, out);
  }

  /** Whether {@code out} is newer than the text resources and the classes that build and read it. */
  private static boolean upToDate(Path out) throws IOException {
    if (!Files.exists(out)) {
      return false;
    }
    FileTime written = Files.getLastModifiedTime(out);
    Path resources = folderOf(Gazetteer.class.getResource("SOURCE.md"));
    Path classes = folderOf(Gazetteer.class.getResource("Gazetteer.class"));
    if (resources == null || classes == null) {
      return false;
    }
    for (Path folder : new Path[] {resources, classes}) {
      try (Stream<Path> files = Files.list(folder)) {
        if (files.filter(f -> !f.equals(out) && !f.getFileName().toString().startsWith(Gazetteer.BINARY))
            .anyMatch(f -> newer(f, written))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean newer(Path file, FileTime than) {
    try {
      return Files.getLastModifiedTime(file).compareTo(than) > 0;
    } catch (IOException e) {
      return true;
    }
  }

  /** The folder of a class-path resource when it is a plain file, else null (inside a jar). */
  private static Path folderOf(URL url) {
    try {
      return url != null && url.getProtocol().equals("file") ? Path.of(url.toURI()).getParent() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
