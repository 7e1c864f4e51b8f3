package org.ignbot.store;

import org.ignbot.core.command.admin.PendingImports;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contract on a database: two stores on two pools are two instances. */
abstract class PendingImportsJdbcContract extends PendingImportsContract {
  private TestDatabase database;

  abstract TestDatabase open();

  @Override
  PendingImports store() {
    database = open();
    return new JdbcPendingImports(database.dataSource());
  }

  @Override
  PendingImports sameStoreElsewhere() {
    return new JdbcPendingImports(database.newPool());
  }

  @AfterEach
  void closeDatabase() {
    JdbcClient.create(database.dataSource()).sql("delete from pending_import").update();
    database.close();
  }
}
