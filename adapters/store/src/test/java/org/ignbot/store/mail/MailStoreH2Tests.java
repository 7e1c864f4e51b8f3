package org.ignbot.store.mail;

import org.ignbot.store.TestDatabase;

class MailStoreH2Tests extends MailStoreContract {
  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }
}
