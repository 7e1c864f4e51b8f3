package org.ignbot.core.command;

import org.ignbot.core.user.UserSettings;

class InMemoryUserSettingsTests extends UserSettingsContract {
  @Override
  protected UserSettings emptySettings() {
    return new InMemoryUserSettings();
  }
}
