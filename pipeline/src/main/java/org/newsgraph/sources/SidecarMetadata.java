package org.newsgraph.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Metadata for a plain-text article kept in a JSON file beside it: {@code <stem>.meta.json},
 * {@code <name>.meta.json}, or a {@code meta.json} in the same folder whose {@code file} field names the text file
 * (one without a {@code file} field applies to every text file in its folder). Fields: {@code id}, {@code url},
 * {@code outlet}, {@code published} (YYYY-MM-DD), {@code title}, {@code language}; others are ignored.
 */
record SidecarMetadata(
    String id, String url, String outlet, LocalDate published, String title, String language) {

  static final SidecarMetadata NONE = new SidecarMetadata(null, null, null, null, null, null);

  /** Metadata files larger than this are not metadata. */
  private static final long MAX_BYTES = 1 << 20;

  /**
   * The metadata for {@code textFile}, or {@link #NONE} when there is none. A metadata file that exists but cannot
   * be used fails with a message that names it.
   */
  static SidecarMetadata forTextFile(Path textFile, ObjectMapper json) throws ReadFailure {
    String name = textFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Path dir = textFile.toAbsolutePath().getParent();
    for (Path candidate : List.of(dir.resolve(stem + ".meta.json"), dir.resolve(name + ".meta.json"))) {
      if (Files.isRegularFile(candidate)) {
        return read(candidate, textFile, json, null);
      }
    }
    Path shared = dir.resolve("meta.json");
    return Files.isRegularFile(shared) ? read(shared, textFile, json, name) : NONE;
  }

  /** Reads {@code metaFile}; with {@code requiredFileName} set, a {@code file} field naming another file gives NONE. */
  private static SidecarMetadata read(Path metaFile, Path textFile, ObjectMapper json, String requiredFileName)
      throws ReadFailure {
    String where = "metadata file " + textFile.resolveSibling(metaFile.getFileName()) + " not used: ";
    try {
      return parse(metaFile, json, requiredFileName);
    } catch (JsonProcessingException e) {
      throw new ReadFailure(where + "malformed JSON: " + TextBytes.oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ReadFailure(where + InputProblems.describe(e));
    } catch (ReadFailure e) {
      throw new ReadFailure(where + e.getMessage());
    }
  }

  private static SidecarMetadata parse(Path metaFile, ObjectMapper json, String requiredFileName)
      throws IOException, ReadFailure {
    if (Files.size(metaFile) > MAX_BYTES) {
      throw new ReadFailure("larger than 1 MB");
    }
    JsonNode node = json.readTree(TextBytes.decode(Files.readAllBytes(metaFile), StandardCharsets.UTF_8, 0));
    if (node == null || !node.isObject()) {
      throw new ReadFailure("not a JSON object");
    }
    String file = JsonFields.string(node, "file");
    if (requiredFileName != null && file != null && !file.equals(requiredFileName)) {
      return NONE;
    }
    return new SidecarMetadata(
        JsonFields.id(node, "id"),
        JsonFields.string(node, "url"),
        JsonFields.string(node, "outlet"),
        JsonFields.date(node, "published"),
        JsonFields.string(node, "title"),
        JsonFields.string(node, "language"));
  }
}
