package org.newsgraph.sources;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Turning the bytes of one input into text, with the size, binary and encoding checks that come first. */
final class TextBytes {

  /** How much of the start of a file the binary check looks at. */
  static final int SNIFF_BYTES = 8192;

  /** The largest byte array a JVM reliably allocates. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

  private TextBytes() {}

  /**
   * Reads a whole file of at most {@code bytesPerChar * maxChars} bytes, refusing an empty file and a larger one
   * without reading it, and a binary one after reading it.
   */
  static byte[] readFile(Path path, long size, int bytesPerChar, int maxChars) throws IOException, ReadFailure {
    long maxBytes = (long) bytesPerChar * maxChars;
    if (size == 0) {
      throw new ReadFailure("empty file");
    }
    if (size > Math.min(maxBytes, MAX_ARRAY)) {
      throw new ReadFailure(String.format(Locale.ROOT,
          "text too long: %,d bytes, the limit is %,d characters (--max-chars)", size, maxChars));
    }
    byte[] bytes = Files.readAllBytes(path);
    if (bytes.length == 0) {
      throw new ReadFailure("empty file");
    }
    if (looksBinary(bytes)) {
      throw new ReadFailure("binary file, not text");
    }
    return bytes;
  }

  /**
   * True when the first {@value #SNIFF_BYTES} bytes hold a NUL byte or more than 5% control characters other than
   * tab, line feed, form feed and carriage return.
   */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        control++;
      }
    }
    return control > 4 && control * 20 > n;
  }

  /**
   * Decodes strictly, failing at the first byte that is not valid in {@code charset}; a leading UTF-8 byte order
   * mark is dropped. {@code fileOffset} is where {@code bytes[0]} sits in its file, so the message names the
   * file's byte offset.
   */
  static String decode(byte[] bytes, Charset charset, long fileOffset) throws ReadFailure {
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    int start = utf8 && hasUtf8Bom(bytes) ? 3 : 0;
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    double maxChars = Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte());
    int capacity = (int) Math.min(MAX_ARRAY, (long) maxChars);
    CharBuffer out = CharBuffer.allocate(capacity);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      String name = utf8 ? "UTF-8" : charset.name();
      throw new ReadFailure("invalid " + name + " at byte " + (fileOffset + in.position()));
    }
    if (result.isOverflow()) {
      throw new IllegalStateException("decode buffer of " + capacity + " chars overflowed for " + charset);
    }
    out.flip();
    return out.toString();
  }

  static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
  }

  /** Fails when a decoded text is longer than the limit. */
  static void checkLength(String text, int maxChars) throws ReadFailure {
    if (text.length() > maxChars) {
      throw new ReadFailure(String.format(Locale.ROOT,
          "text too long: %,d characters, the limit is %,d (--max-chars)", text.length(), maxChars));
    }
  }

  /** The charset named by a label, or null when the JVM does not know it. */
  static Charset charsetOrNull(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(label.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A message squeezed onto one line of at most 200 characters. */
  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.replaceAll("\\s+", " ").strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
