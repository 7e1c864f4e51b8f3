package org.ignbot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.calendar.TestMeetings.plenary;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

/** A download's alarms come only from the subscriptions that cover each meeting. */
class IcsAlarmTests {
  private static final Meeting VETO =
      plenary("2024-11-19", LocalDate.of(2024, 11, 19), Cluster.VETO);
  private static final Meeting REGIONAL =
      plenary("2024-11-20", LocalDate.of(2024, 11, 20), Cluster.REGIONAL);

  /** As after `subscribe 30 min` and `subscribe 2h topic veto`. */
  private static final LeadTimes SUBSCRIBED =
      new LeadTimes() {
        @Override
        public List<Duration> of(UserKey user) {
          return List.of(Duration.ofHours(2), Duration.ofMinutes(30));
        }

        @Override
        public List<Duration> of(UserKey user, Meeting meeting) {
          return Stream.concat(
                  meeting.clusters().contains(Cluster.VETO)
                      ? Stream.of(Duration.ofHours(2))
                      : Stream.empty(),
                  Stream.of(Duration.ofMinutes(30)))
              .toList();
        }
      };

  private Reply ask(String text, LeadTimes leadTimes) {
    CommandEngine engine =
        new CommandEngine(
            List.of(
                new IcsCommand(
                    new InMemoryScheduleRepository(new Schedule(List.of(VETO, REGIONAL))),
                    Calendars.writer(),
                    Calendars.LINKS,
                    leadTimes)),
            Clock.fixed(Calendars.NOW, ZoneOffset.UTC),
            new InMemoryUserSettings());
    return engine.handle(Asker.terminalOperator(), text);
  }

  private static String content(Reply reply) {
    return new String(reply.attachments().get(0).content(), StandardCharsets.UTF_8);
  }

  @Test
  void aMeetingOutsideTheVetoClusterGetsOnlyTheAlarmOfTheSubscriptionToAll() {
    Reply reply = ask("ics 2024-11-20", SUBSCRIBED);

    assertThat(Calendars.biweekly(content(reply)).getEvents())
        .allSatisfy(event -> assertThat(event.getAlarms()).hasSize(1));
    assertThat(reply.lines())
        .contains("With an alarm 30 minutes before each sitting, as in your reminders for it.");
  }

  @Test
  void aFeedCarriesEachMeetingsOwnAlarms() {
    Reply reply = ask("ics all", SUBSCRIBED);

    var events = Calendars.biweekly(content(reply)).getEvents();
    assertThat(events)
        .filteredOn(event -> event.getUid().getValue().contains("2024-11-19"))
        .isNotEmpty()
        .allSatisfy(event -> assertThat(event.getAlarms()).hasSize(2));
    assertThat(events)
        .filteredOn(event -> event.getUid().getValue().contains("2024-11-20"))
        .isNotEmpty()
        .allSatisfy(event -> assertThat(event.getAlarms()).hasSize(1));
    assertThat(String.join("\n", reply.lines()))
        .contains("With alarms on the meetings your subscriptions cover");
  }

  @Test
  void theSentenceListsSeveralAlarmsProperly() {
    assertThat(
            AlarmWords.leads(
                List.of(Duration.ofDays(1), Duration.ofHours(2), Duration.ofMinutes(15))))
        .isEqualTo("1 day, 2 hours and 15 minutes");
    assertThat(AlarmWords.lead(Duration.ofMinutes(75))).isEqualTo("1 hour 15 minutes");
  }
}
