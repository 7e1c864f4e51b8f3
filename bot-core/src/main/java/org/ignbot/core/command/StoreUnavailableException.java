package org.ignbot.core.command;

/**
 * Its old place, kept only until {@code JdbcScheduleStore} (being reworked on another branch)
 * imports {@link org.ignbot.core.store.StoreUnavailableException}; then delete this class.
 *
 * @deprecated use {@link org.ignbot.core.store.StoreUnavailableException}
 */
@Deprecated(forRemoval = true)
public final class StoreUnavailableException
    extends org.ignbot.core.store.StoreUnavailableException {
  public StoreUnavailableException(boolean write, Throwable cause) {
    super(write, cause);
  }
}
