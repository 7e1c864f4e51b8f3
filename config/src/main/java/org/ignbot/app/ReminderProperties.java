package org.ignbot.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminder settings, under {@code ign.reminders.}; docs/configuration.md lists each.
 *
 * @param enabled whether this instance sends reminders and notices (the commands work either way)
 * @param defaultLeadTimes lead times for a plain {@code subscribe}, as typed: {@code 1d 1h}
 * @param threads sends at once
 * @param pollInterval how often the database is checked for due reminders
 * @param sendTimeout how long a platform may take to answer one send (1 s to 1 min); past it the
 *     runner asks the platform whether the message arrived before sending again
 * @param instanceName this instance's name in the scheduler table; host name and process id when
 *     empty
 */
@ConfigurationProperties("ign.reminders")
public record ReminderProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("1d 1h") String defaultLeadTimes,
    @DefaultValue("256") int threads,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("30s") Duration sendTimeout,
    @DefaultValue("") String instanceName) {
  /** The Slack client waits 65 s for an answer: a longer send time-out would never be reached. */
  static final Duration MAX_SEND_TIMEOUT = Duration.ofMinutes(1);

  public ReminderProperties {
    if (sendTimeout.compareTo(Duration.ofSeconds(1)) < 0
        || sendTimeout.compareTo(MAX_SEND_TIMEOUT) > 0) {
      throw new InvalidSettingException(
          "ign.reminders.send-timeout", "is " + sendTimeout + "; it takes 1s to 60s, e.g. 30s");
    }
  }
}
