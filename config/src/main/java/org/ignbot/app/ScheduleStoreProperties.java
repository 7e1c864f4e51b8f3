package org.ignbot.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the schedule in the database, under {@code ign.schedule.}; docs/configuration.md
 * lists each.
 *
 * @param refreshInterval how long answers may come from the schedule held in memory before the
 *     database's schedule version is checked again (another instance may have published); 0 checks
 *     on every question
 * @param reseed replace the meetings in the database by those of {@code ign.data.schedule} at this
 *     start (history and letters stay); for one start only
 */
@ConfigurationProperties("ign.schedule")
public record ScheduleStoreProperties(
    @DefaultValue("2s") Duration refreshInterval, @DefaultValue("false") boolean reseed) {}
