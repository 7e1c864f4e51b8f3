package org.ignbot.store;

class UserSettingsH2Tests extends UserSettingsContract {
  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }
}
