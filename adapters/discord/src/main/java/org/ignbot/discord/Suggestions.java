package org.ignbot.discord;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.time.TimeFormat;

/** Autocomplete: meeting ids (upcoming first) and time zones that contain what was typed. */
final class Suggestions {
  private static final int MAX = 25;
  private static final List<String> COMMON_ZONES =
      List.of(
          "America/New_York",
          "Europe/London",
          "Europe/Paris",
          "Europe/Vienna",
          "Europe/Berlin",
          "Africa/Addis_Ababa",
          "Africa/Lagos",
          "Asia/Kolkata",
          "Asia/Tokyo",
          "America/Sao_Paulo");

  private final ScheduleRepository schedules;
  private final Clock clock;
  private final List<String> zones;

  Suggestions(ScheduleRepository schedules, Clock clock) {
    this.schedules = schedules;
    this.clock = clock;
    this.zones =
        ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList();
  }

  /** Meetings whose id or title contains the typed text: upcoming in time order, then past. */
  List<Command.Choice> meetings(String typed, boolean withAll) {
    String wanted = typed.strip().toLowerCase(Locale.ROOT);
    Instant now = clock.instant();
    List<Meeting> all = schedules.current().all();
    Stream<Meeting> upcoming = all.stream().filter(m -> m.endsAt().isAfter(now));
    Stream<Meeting> past =
        all.stream()
            .filter(m -> !m.endsAt().isAfter(now))
            .sorted(Comparator.comparing(Meeting::startsAt).reversed());
    List<Command.Choice> choices = new ArrayList<>();
    if (withAll && "all".startsWith(wanted)) {
      choices.add(new Command.Choice("all — every meeting", "all"));
    }
    Stream.concat(upcoming, past)
        .filter(m -> m.id().contains(wanted) || m.title().toLowerCase(Locale.ROOT).contains(wanted))
        .limit(MAX - choices.size())
        .forEach(m -> choices.add(new Command.Choice(label(m), m.id())));
    return choices;
  }

  /** Zone ids containing the typed text (spaces read as underscores), or common ones. */
  List<Command.Choice> zones(String typed) {
    String wanted = typed.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
    Stream<String> found =
        wanted.isEmpty()
            ? COMMON_ZONES.stream()
            : zones.stream().filter(z -> z.toLowerCase(Locale.ROOT).contains(wanted));
    return found.limit(MAX).map(z -> new Command.Choice(z, z)).toList();
  }

  private static String label(Meeting meeting) {
    return Limits.cut(
        meeting.id()
            + " · "
            + TimeFormat.shortDay(meeting.date())
            + " · "
            + meeting.title()
            + (meeting.isCancelled() ? " (cancelled)" : ""),
        100);
  }
}
