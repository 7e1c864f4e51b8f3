package org.ignbot.core.command.subscription;

import java.time.Duration;
import java.util.List;
import org.ignbot.core.command.Command;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.remind.Replanner;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.user.UserSettings;

/** The subscription commands, in the order {@code help} lists them. */
public final class SubscriptionCommands {
  private SubscriptionCommands() {}

  public static List<Command> create(
      SubscriptionStore store,
      UserSettings settings,
      Replanner replanner,
      List<Duration> defaultLeadTimes,
      ScheduleRepository schedules,
      DigestStore digests) {
    return List.of(
        new SubscribeCommand(store, replanner, defaultLeadTimes),
        new RemindCommand(schedules, store, replanner, defaultLeadTimes),
        new UnsubscribeCommand(store, replanner),
        new SubscriptionsCommand(store, digests, defaultLeadTimes),
        new DigestCommand(digests),
        new ForgetCommand(store, settings, replanner, digests));
  }
}
