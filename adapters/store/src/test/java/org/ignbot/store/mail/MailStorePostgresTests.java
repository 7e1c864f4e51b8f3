package org.ignbot.store.mail;

import org.ignbot.store.TestDatabase;

class MailStorePostgresTests extends MailStoreContract {
  @Override
  TestDatabase open() {
    return TestDatabase.postgres();
  }
}
