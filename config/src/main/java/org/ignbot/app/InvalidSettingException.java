package org.ignbot.app;

/** A setting with a value that cannot work; start-up stops with one line naming it. */
final class InvalidSettingException extends RuntimeException {
  private final String setting;

  InvalidSettingException(String setting, String problem) {
    super(setting + ": " + problem, null, false, false);
    this.setting = setting;
  }

  String setting() {
    return setting;
  }
}
