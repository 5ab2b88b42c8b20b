package org.newsgraph.server;

/** Nothing with that id; answered with 404 and the message. */
final class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotFound(String message) {
    super(message);
  }
}
