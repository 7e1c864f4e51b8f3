package org.ignbot.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.utils.data.DataArray;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.Reply;

/**
 * Benchmark (run by {@code bench/discord.sh}, not by the tests): real JDA against the fake Discord.
 * 1. Time from a slash command's INTERACTION_CREATE leaving the fake gateway to its interaction
 * callback (the deferral) arriving at the fake REST API, over 1,000 interactions after a warm-up.
 * 2. Reminder direct messages delivered per second when the fake allows 50 requests per second,
 * each send retried after Discord's Retry-After as the reminder runner does.
 */
public final class DiscordBench {
  private DiscordBench() {}

  public static void main(String[] args) throws Exception {
    int interactions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int reminders = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    try (FakeDiscord discord = new FakeDiscord()) {
      var schedules = TestBot.repository();
      try (DiscordBot bot =
          DiscordBot.start(
                  new DiscordSettings(
                      "fake-token",
                      Optional.of(Payloads.GUILD),
                      Optional.of(discord.apiUrl()),
                      Optional.of(discord.gatewayUrl()),
                      false),
                  TestBot.engine(schedules),
                  TestBot.admins(),
                  schedules,
                  TestBot.CLOCK)
              .awaitReady()) {
        callbacks(discord, 200);
        List<Long> micros = callbacks(discord, interactions);
        Collections.sort(micros);
        System.out.printf(
            "dispatch to callback over %d interactions: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
            micros.size(),
            percentile(micros, 50) / 1000.0,
            percentile(micros, 99) / 1000.0,
            micros.get(micros.size() - 1) / 1000.0);

        discord.limitTo(50);
        dms(bot, reminders, "to distinct users, first DM each");
        dms(bot, reminders, "to the same users again");
      }
    }
    System.exit(0);
  }

  /** Sends {@code reminders} DMs one after the other, waiting out each 429, and prints the rate. */
  private static void dms(DiscordBot bot, int reminders, String what) throws InterruptedException {
    long start = System.nanoTime();
    int retries = 0;
    for (int i = 0; i < reminders; i++) {
      Recipient to =
          new Recipient(
              "discord",
              Payloads.GUILD,
              Recipient.Kind.DIRECT_MESSAGE,
              String.valueOf(710000000000000000L + i));
      DeliveryResult result;
      while ((result = bot.messenger().send(to, reminder()))
          instanceof DeliveryResult.RetryLater later) {
        retries++;
        Thread.sleep(Math.max(10, later.retryAfter().toMillis()));
      }
      if (!(result instanceof DeliveryResult.Delivered)) {
        throw new IllegalStateException("not delivered: " + result);
      }
    }
    double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
    System.out.printf(
        "reminder DMs against 50 requests/s, %s: %d in %.1f s = %.1f DMs/s (%d retries after 429)%n",
        what, reminders, seconds, reminders / seconds, retries);
  }

  private static List<Long> callbacks(FakeDiscord discord, int count) {
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = FakeDiscord.snowflake();
      long sent = System.nanoTime();
      discord.dispatch(
          Payloads.interaction(
              id, 2, Payloads.USER, Payloads.slash("ign", "next", DataArray.empty())));
      FakeDiscord.Call callback =
          discord.awaitCall("POST", "/interactions/" + id + "/token-" + id + "/callback");
      micros.add((callback.nanos() - sent) / 1000);
    }
    return micros;
  }

  private static long percentile(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static Reply reminder() {
    return Reply.ok()
        .title("Reminder: in 1 hour")
        .card(TestBot.schedule().all().get(0))
        .action(
            "Add to calendar",
            ActionRequest.of(ActionRequest.Kind.MEETING_CALENDAR, "2024-11-19"))
        .build();
  }
}
