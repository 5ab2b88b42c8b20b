package org.newsgraph.server;

/** A request parameter that is not valid; answered with 400 and the message. */
final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadRequest(String message) {
    super(message);
  }
}
