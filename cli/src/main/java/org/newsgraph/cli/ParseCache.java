package org.newsgraph.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The sentences of parsed articles in a tab-separated file, so that a trainer parses a corpus once: a line
 * {@code #<TAB>article id} opens an article, one line per token ({@code index start end word lemma pos ner head
 * relation}, head -1 for the root) follows, and a blank line ends each sentence. Entity mentions are not kept.
 */
final class ParseCache {
  private ParseCache() {}

  static void write(Path file, Map<String, List<Sentence>> articles) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<Sentence>> e : articles.entrySet()) {
        out.write("#\t" + e.getKey() + "\n");
        for (Sentence s : e.getValue()) {
          for (Token t : s.tokens()) {
            Dependency d = s.headOf(t.index());
            out.write(t.index() + "\t" + t.start() + "\t" + t.end() + "\t" + clean(t.word()) + "\t"
                + clean(t.lemma()) + "\t" + clean(t.pos()) + "\t" + t.ner().name() + "\t"
                + (d == null ? -1 : d.governor()) + "\t" + (d == null ? "" : clean(d.relation())) + "\n");
          }
          out.write("\n");
        }
      }
    }
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * The articles of a cache file, by id in file order.
   *
   * @throws IllegalArgumentException naming the line when the file is malformed
   */
  static Map<String, List<Sentence>> read(Path file) throws IOException {
    Map<String, List<Sentence>> articles = new LinkedHashMap<>();
    List<Sentence> current = null;
    List<Token> tokens = new ArrayList<>();
    List<Dependency> arcs = new ArrayList<>();
    int number = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.startsWith("#\t")) {
          current = new ArrayList<>();
          articles.put(line.substring(2), current);
        } else if (line.isEmpty()) {
          if (current != null && !tokens.isEmpty()) {
            current.add(new Sentence(current.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(),
                tokens, arcs));
          }
          tokens = new ArrayList<>();
          arcs = new ArrayList<>();
        } else {
          String[] f = line.split("\t", -1);
          if (current == null || f.length != 9) {
            throw new IllegalArgumentException(file + ":" + number + ": not a token line of a parse cache");
          }
          try {
            int index = Integer.parseInt(f[0]);
            tokens.add(new Token(index, Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3],
                f[4].isEmpty() ? null : f[4], f[5].isEmpty() ? null : f[5], EntityType.valueOf(f[6])));
            if (!f[8].isEmpty()) {
              arcs.add(new Dependency(Integer.parseInt(f[7]), index, f[8]));
            }
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ":" + number + ": bad token line: " + e.getMessage(), e);
          }
        }
      }
    }
    return articles;
  }
}
