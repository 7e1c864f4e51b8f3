package org.ignbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.ignbot.core.user.UserKey;
import org.ignbot.core.user.UserSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserSettings} does; each implementation's tests extend it. */
public abstract class UserSettingsContract {
  private final UserKey user = new UserKey("slack", "T1", "U1");
  private UserSettings settings;

  /** Settings that know no user yet. */
  protected abstract UserSettings emptySettings();

  @BeforeEach
  void freshSettings() {
    settings = emptySettings();
  }

  @Test
  void aUserWithoutAZoneHasNone() {
    assertThat(settings.zone(user)).isEmpty();
  }

  @Test
  void theZoneIsKeptAndReplaced() {
    settings.setZone(user, ZoneId.of("Europe/Vienna"));
    settings.setZone(user, ZoneId.of("Asia/Kolkata"));

    assertThat(settings.zone(user)).contains(ZoneId.of("Asia/Kolkata"));
    assertThat(settings.zone(new UserKey("slack", "T2", "U1"))).isEmpty();
  }

  @Test
  void forgetForgetsTheZone() {
    settings.setZone(user, ZoneId.of("Europe/Vienna"));

    settings.forget(user);

    assertThat(settings.zone(user)).isEmpty();
  }
}
