package org.ignbot.core.command.read;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/** {@code clusters}: the five key issues of decision 62/557, each with its next meeting. */
public final class ClustersCommand implements Command, ListClusters {
  private final ScheduleRepository schedules;

  public ClustersCommand(ScheduleRepository schedules) {
    this.schedules = schedules;
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("clusters")
          .summary("the five key issues, each with its next meeting")
          .shared()
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  /** "Tue 19 Nov 2024, 10:00 New York (16:00 Vienna)". */
  private static String when(Meeting meeting, Optional<ZoneId> zone) {
    String day = TimeFormat.shortDay(meeting.date());
    if (meeting.isDateOnly()) {
      return day;
    }
    ZonedDateTime start = meeting.sittings().get(0).start();
    String text = day + ", " + TimeFormat.clock(start) + " New York";
    if (zone.isPresent() && !zone.get().equals(VenueTime.ZONE)) {
      ZonedDateTime local = start.withZoneSameInstant(zone.get());
      String otherDay =
          local.toLocalDate().equals(start.toLocalDate())
              ? ""
              : " " + TimeFormat.shortDay(local.toLocalDate());
      text +=
          " (" + TimeFormat.clock(local) + otherDay + " " + TimeFormat.zoneName(zone.get()) + ")";
    }
    return text;
  }

  @Override
  public Reply run(Invocation invocation) {
    return clusters(invocation);
  }

  @Override
  public Reply clusters(Invocation invocation) {
    Schedule schedule = schedules.current();
    Reply.Builder reply = Reply.ok().title("The five key issues (GA decision 62/557)");
    for (Cluster cluster : Cluster.values()) {
      Optional<Meeting> next =
          schedule.onCluster(cluster, invocation.now()).stream()
              .filter(
                  meeting -> !meeting.isCancelled() && meeting.endsAt().isAfter(invocation.now()))
              .findFirst();
      reply.line(
          "• "
              + cluster.officialName()
              + " (`topic "
              + cluster.key()
              + "`): "
              + next.map(m -> "next " + when(m, invocation.zone()) + " [" + m.id() + "]")
                  .orElse("no meeting scheduled"));
    }
    return reply.build();
  }
}
