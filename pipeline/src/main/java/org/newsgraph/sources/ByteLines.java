package org.newsgraph.sources;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, read through a fixed buffer so that memory stays flat however large the stream is.
 * Lines end at {@code \n}; a {@code \r} before it is dropped. Undecoded bytes are kept so that an invalid byte
 * can be reported with its file offset. A line longer than the limit is skipped, not buffered. Not thread-safe.
 */
final class ByteLines implements Closeable {

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;

  private byte[] line = new byte[1024];
  private int lineLength;
  private long lineNumber;
  private long lineStart;
  private long lineBytes;
  private long consumed;

  ByteLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Advances to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    lineLength = 0;
    lineBytes = 0;
    lineStart = consumed;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!any) {
          return false;
        }
        break;
      }
      any = true;
      int newline = indexOf(buffer, pos, limit, (byte) '\n');
      int end = newline < 0 ? limit : newline;
      append(pos, end);
      consumed += end - pos + (newline < 0 ? 0 : 1);
      pos = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    lineNumber++;
    if (!tooLong() && lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
    return true;
  }

  /** A copy of the current line's bytes, without its line ending; empty when the line is too long. */
  byte[] bytes() {
    return Arrays.copyOf(line, lineLength);
  }

  /** True when the current line is longer than the limit; its bytes are then not kept. */
  boolean tooLong() {
    return lineBytes > maxLineBytes;
  }

  /** The length in bytes of the current line, even when it was too long to keep. */
  long lineBytes() {
    return lineBytes;
  }

  /** The current line's number, from 1. */
  long lineNumber() {
    return lineNumber;
  }

  /** The byte offset in the stream where the current line starts. */
  long lineStart() {
    return lineStart;
  }

  /** Bytes handed out as lines so far, line endings included. */
  long consumed() {
    return consumed;
  }

  /** True when the current line holds only spaces, tabs and carriage returns. */
  boolean blank() {
    for (int i = 0; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return !tooLong();
  }

  private void append(int from, int to) {
    int n = to - from;
    lineBytes += n;
    if (lineBytes > maxLineBytes) {
      lineLength = 0;
      return;
    }
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + n, Math.min(maxLineBytes, line.length * 2)));
    }
    System.arraycopy(buffer, from, line, lineLength, n);
    lineLength += n;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  private static int indexOf(byte[] bytes, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
