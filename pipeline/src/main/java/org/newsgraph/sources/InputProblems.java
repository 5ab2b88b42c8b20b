package org.newsgraph.sources;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** One-line reasons for I/O failures, for {@link org.newsgraph.model.Problem#message()}. */
final class InputProblems {

  private InputProblems() {}

  /** The reason an I/O operation failed, without the path (the problem's source names it). */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not readable: a path component is not a directory";
    }
    if (e instanceof HttpTimeoutException) {
      return "timed out";
    }
    if (e instanceof ConnectException) {
      return "could not connect" + suffix(e.getMessage());
    }
    if (e instanceof FileSystemException fs) {
      return "not readable" + suffix(fs.getReason());
    }
    return "not readable" + suffix(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
  }

  private static String suffix(String detail) {
    String line = TextBytes.oneLine(detail);
    return line.isEmpty() ? "" : ": " + line;
  }
}
