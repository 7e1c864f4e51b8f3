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
 * @param sendTimeout how long a platform may take to answer one send
 * @param instanceName this instance's name in the scheduler table; host name and process id when
 *     empty
 */
@ConfigurationProperties("ign.reminders")
public record ReminderProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("1d 1h") String defaultLeadTimes,
    @DefaultValue("20") int threads,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("30s") Duration sendTimeout,
    @DefaultValue("") String instanceName) {}
