package org.ignbot.core.store;

/**
 * The store cannot be reached (the database is down). Commands that only read the schedule still
 * answer; this one gets one line saying that the bot cannot save, or look up, right now.
 */
public final class StoreUnavailableException extends RuntimeException {
  private final boolean write;

  public StoreUnavailableException(boolean write, Throwable cause) {
    super(write ? "cannot save to the store" : "cannot read the store", cause);
    this.write = write;
  }

  /** Whether the failed operation was a write. */
  public boolean isWrite() {
    return write;
  }

  /** The one line to show the person asking. */
  public String line() {
    return write
        ? "I cannot save that right now: my database is not answering. Nothing was changed;"
            + " please try again in a few minutes."
        : "I cannot look that up right now: my database is not answering. The schedule commands"
            + " (`next`, `schedule`) still work; please try again in a few minutes.";
  }
}
