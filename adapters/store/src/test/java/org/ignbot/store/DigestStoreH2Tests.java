package org.ignbot.store;

import org.ignbot.core.digest.DigestStore;

class DigestStoreH2Tests extends DigestStoreContract {
  private TestDatabase database;

  @Override
  DigestStore open() {
    database = TestDatabase.h2();
    return new JdbcDigestStore(database.dataSource());
  }

  @Override
  void close() {
    database.close();
  }
}
