package org.ignbot.core.command;

class InMemoryUserSettingsTests extends UserSettingsContract {
  @Override
  protected UserSettings emptySettings() {
    return new InMemoryUserSettings();
  }
}
