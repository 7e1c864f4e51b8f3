package org.ignbot.store;

import org.ignbot.core.digest.DigestStore;

class DigestStorePostgresTests extends DigestStoreContract {
  private TestDatabase database;

  @Override
  DigestStore open() {
    database = TestDatabase.postgres();
    return new JdbcDigestStore(database.dataSource());
  }

  @Override
  void close() {
    database.close();
  }
}
