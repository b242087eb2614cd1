package io.retentionkit.cli;

/**
 * A problem with the user's data or files that the command detected itself (for example orders in two
 * currencies without rates): reported as one line, exit status 1, never with a stack trace.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }
}
