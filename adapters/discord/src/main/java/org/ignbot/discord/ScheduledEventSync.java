package org.ignbot.discord;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import org.ignbot.core.reply.card.CardField;
import org.ignbot.core.reply.card.MeetingCard;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.ScheduleListener;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.schedule.Sitting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mirrors each upcoming sitting as an external guild scheduled event. Each event carries its
 * sitting's key ({@code meeting-id/1}) in its description, so the guild's own event list is the
 * state: a sync after a restart or a publication creates what is missing, updates what moved and
 * cancels what is no longer held. Discord allows 100 upcoming events per guild, counting the
 * guild's own; the earliest sittings come first.
 */
final class ScheduledEventSync implements ScheduleListener {
  static final int DISCORD_LIMIT = 100;
  private static final Logger log = LoggerFactory.getLogger(ScheduledEventSync.class);
  private static final String KEY_LABEL = "IGN Bot key: ";
  private static final Pattern KEY = Pattern.compile(KEY_LABEL + "(\\S+)");
  private static final int NAME = 100;
  private static final int DESCRIPTION = 1000;

  private final Supplier<JDA> jda;
  private final String guildId;
  private final ScheduleRepository schedules;
  private final Clock clock;
  private final Executor background;

  ScheduledEventSync(
      Supplier<JDA> jda,
      String guildId,
      ScheduleRepository schedules,
      Clock clock,
      Executor background) {
    this.jda = jda;
    this.guildId = guildId;
    this.schedules = schedules;
    this.clock = clock;
    this.background = background;
  }

  @Override
  public void published(List<MeetingChange> changes) {
    background.execute(this::syncQuietly);
  }

  void syncQuietly() {
    try {
      sync();
    } catch (RuntimeException e) {
      log.warn("Could not mirror the schedule as Discord events: {}", e.toString());
    }
  }

  /**
   * Brings the guild's events in line with the schedule; says how many it created, changed,
   * cancelled.
   */
  String sync() {
    Guild guild = jda.get().getGuildById(guildId);
    if (guild == null) {
      log.warn("The bot is not in guild {}; no scheduled events mirrored", guildId);
      return "no guild";
    }
    Instant now = clock.instant();
    Map<String, ScheduledEvent> ours = new HashMap<>();
    int others = 0;
    for (ScheduledEvent event : guild.retrieveScheduledEvents().complete()) {
      boolean upcoming =
          event.getStatus() == ScheduledEvent.Status.SCHEDULED
              || event.getStatus() == ScheduledEvent.Status.ACTIVE;
      Optional<String> key = key(event);
      if (key.isPresent() && event.getStatus() == ScheduledEvent.Status.SCHEDULED) {
        ours.put(key.get(), event);
      } else if (key.isEmpty() && upcoming) {
        others++;
      }
    }
    int created = 0;
    int changed = 0;
    for (Wanted wanted : wanted(now, Math.max(0, DISCORD_LIMIT - others))) {
      ScheduledEvent event = ours.remove(wanted.key());
      if (event == null) {
        created += apply(wanted.key(), () -> create(guild, wanted));
      } else if (!wanted.matches(event)) {
        changed += apply(wanted.key(), () -> update(event, wanted));
      }
    }
    int cancelled = 0;
    for (Map.Entry<String, ScheduledEvent> gone : ours.entrySet()) {
      if (gone.getValue().getStartTime().toInstant().isAfter(now)) {
        cancelled +=
            apply(
                gone.getKey(),
                () ->
                    gone.getValue()
                        .getManager()
                        .setStatus(ScheduledEvent.Status.CANCELED)
                        .complete());
      }
    }
    String summary = created + " created, " + changed + " updated, " + cancelled + " cancelled";
    log.info("Discord scheduled events in guild {}: {}", guildId, summary);
    return summary;
  }

  /** Runs one change; a refused one (an event Discord finds in the past) does not stop the rest. */
  private static int apply(String key, Runnable change) {
    try {
      change.run();
      return 1;
    } catch (IllegalArgumentException | ErrorResponseException e) {
      log.warn("Discord refused the event for sitting {}: {}", key, e.getMessage());
      return 0;
    }
  }

  private static void create(Guild guild, Wanted wanted) {
    guild
        .createScheduledEvent(wanted.name(), wanted.location(), wanted.start(), wanted.end())
        .setDescription(wanted.description())
        .complete();
  }

  private static void update(ScheduledEvent event, Wanted wanted) {
    event
        .getManager()
        .setName(wanted.name())
        .setDescription(wanted.description())
        .setLocation(wanted.location())
        .setStartTime(wanted.start())
        .setEndTime(wanted.end())
        .complete();
  }

  /**
   * The sittings to show: upcoming, of meetings still held, earliest first, at most {@code max}.
   */
  private List<Wanted> wanted(Instant now, int max) {
    List<Wanted> wanted = new ArrayList<>();
    for (Meeting meeting : schedules.current().all()) {
      if (meeting.isCancelled()) {
        continue;
      }
      List<Sitting> sittings = meeting.sittings();
      for (int i = 0; i < sittings.size(); i++) {
        if (sittings.get(i).startInstant().isAfter(now)) {
          wanted.add(Wanted.of(meeting, i));
        }
      }
    }
    return wanted.stream().sorted(Comparator.comparing(Wanted::start)).limit(max).toList();
  }

  private static Optional<String> key(ScheduledEvent event) {
    if (event.getDescription() == null) {
      return Optional.empty();
    }
    Matcher matcher = KEY.matcher(event.getDescription());
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** One sitting as its event should read. */
  record Wanted(
      String key,
      String name,
      String description,
      String location,
      OffsetDateTime start,
      OffsetDateTime end) {

    static Wanted of(Meeting meeting, int index) {
      Sitting sitting = meeting.sittings().get(index);
      String name =
          meeting.title()
              + (meeting.sittings().size() > 1 ? " — " + sitting.partOfDay() : "")
              + (sitting.spillOver() ? " (possible spill-over)" : "");
      String key = meeting.id() + "/" + (index + 1);
      // The event's text: the card's topics, one a line, and its letter.
      StringBuilder body = new StringBuilder();
      for (CardField field : MeetingCard.of(meeting).fields()) {
        if (field instanceof CardField.Text text) {
          switch (text.kind()) {
            case TOPICS -> body.append(text.joined("\n")).append('\n');
            case SOURCE -> body.append("Source: ").append(text.value());
            default -> {
              // The time and place are the event's own; the rest is in the bot's answers.
            }
          }
        }
      }
      String keyLine = "\n" + KEY_LABEL + key;
      return new Wanted(
          key,
          Limits.cut(name, NAME),
          Limits.cut(body.toString(), DESCRIPTION - keyLine.length()) + keyLine,
          Limits.cut(
              meeting.venue().map(v -> v + ", ").orElse("") + "UN Headquarters, New York", NAME),
          sitting.startInstant().atOffset(ZoneOffset.UTC),
          sitting.endInstant().atOffset(ZoneOffset.UTC));
    }

    boolean matches(ScheduledEvent event) {
      return name.equals(event.getName())
          && description.equals(event.getDescription())
          && location.equals(event.getLocation())
          && start.toInstant().equals(event.getStartTime().toInstant())
          && event.getEndTime() != null
          && end.toInstant().equals(event.getEndTime().toInstant())
          && Objects.equals(event.getType(), ScheduledEvent.Type.EXTERNAL);
    }
  }
}
