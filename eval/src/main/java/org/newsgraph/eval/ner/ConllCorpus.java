package org.newsgraph.eval.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CoNLL-2003 file: {@code WORD POS CHUNK NER} a line, a blank line between sentences, {@code -DOCSTART-} lines
 * between documents. Any number of columns of at least two is accepted; the tag is the last.
 */
public record ConllCorpus(List<ConllDocument> documents) {
  public ConllCorpus {
    documents = List.copyOf(documents);
  }

  /**
   * Reads a CoNLL file. Tags are checked ({@code O} or {@code B-}, {@code I-}, {@code E-}, {@code S-} and a type).
   *
   * @throws IllegalArgumentException when it cannot be read or a line is malformed, naming file and line
   */
  public static ConllCorpus read(Path file) {
    List<ConllDocument> documents = new ArrayList<>();
    String header = null;
    List<List<ConllRow>> sentences = new ArrayList<>();
    List<ConllRow> sentence = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String stripped = line.strip();
        if (stripped.startsWith("-DOCSTART-")) {
          close(sentence, sentences);
          if (header != null || !sentences.isEmpty()) {
            documents.add(new ConllDocument(header, sentences));
          }
          header = stripped;
          sentences = new ArrayList<>();
        } else if (stripped.isEmpty()) {
          close(sentence, sentences);
        } else {
          List<String> columns = Arrays.asList(stripped.split("\\s+"));
          if (columns.size() < 2) {
            throw new IllegalArgumentException(file + ":" + number + ": expected WORD ... TAG, got: " + line);
          }
          String tag = columns.get(columns.size() - 1);
          if (!Chunks.isTag(tag)) {
            throw new IllegalArgumentException(file + ":" + number + ": not an IOB tag: " + tag);
          }
          sentence.add(new ConllRow(columns));
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    close(sentence, sentences);
    if (header != null || !sentences.isEmpty()) {
      documents.add(new ConllDocument(header, sentences));
    }
    return new ConllCorpus(documents);
  }

  /** Writes the corpus with other tags in the last column; {@code tags} per document, sentence and token. */
  public void write(Path file, List<List<List<String>>> tags) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int d = 0; d < documents.size(); d++) {
        ConllDocument document = documents.get(d);
        if (document.header() != null) {
          out.write(document.header());
          out.write("\n\n");
        }
        for (int s = 0; s < document.sentences().size(); s++) {
          List<ConllRow> sentence = document.sentences().get(s);
          for (int t = 0; t < sentence.size(); t++) {
            out.write(sentence.get(t).withTag(tags.get(d).get(s).get(t)).line());
            out.write('\n');
          }
          out.write('\n');
        }
      }
    }
  }

  private static void close(List<ConllRow> sentence, List<List<ConllRow>> sentences) {
    if (!sentence.isEmpty()) {
      sentences.add(new ArrayList<>(sentence));
      sentence.clear();
    }
  }
}
