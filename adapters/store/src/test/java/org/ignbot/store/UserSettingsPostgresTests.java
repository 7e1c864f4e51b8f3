package org.ignbot.store;

class UserSettingsPostgresTests extends UserSettingsContract {
  @Override
  TestDatabase open() {
    return TestDatabase.postgres();
  }
}
