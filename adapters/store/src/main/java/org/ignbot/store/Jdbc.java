package org.ignbot.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.ignbot.core.store.StoreUnavailableException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionException;

/** What every store does the same way: instants as UTC timestamps, failures as one exception. */
final class Jdbc {
  private Jdbc() {}

  static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(OffsetDateTime timestamp) {
    return timestamp.toInstant();
  }

  /** Runs a read; a database that cannot answer becomes {@link StoreUnavailableException}. */
  static <T> T read(Supplier<T> query) {
    try {
      return query.get();
    } catch (DataIntegrityViolationException e) {
      throw e;
    } catch (DataAccessException | TransactionException e) {
      throw new StoreUnavailableException(false, e);
    }
  }

  /** Runs a write; a database that cannot answer becomes {@link StoreUnavailableException}. */
  static <T> T write(Supplier<T> update) {
    try {
      return update.get();
    } catch (DataIntegrityViolationException e) {
      throw e;
    } catch (DataAccessException | TransactionException e) {
      throw new StoreUnavailableException(true, e);
    }
  }
}
