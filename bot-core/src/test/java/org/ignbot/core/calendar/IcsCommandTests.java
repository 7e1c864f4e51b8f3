package org.ignbot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.calendar.TestMeetings.plenary;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.junit.jupiter.api.Test;

class IcsCommandTests {
  private final InMemoryScheduleRepository schedules =
      new InMemoryScheduleRepository(
          new Schedule(
              List.of(
                  plenary("2024-11-19", LocalDate.of(2024, 11, 19), Cluster.VETO),
                  TestMeetings.dateOnly("2024-11-11", LocalDate.of(2024, 11, 11)))));

  private Reply ask(String text, LeadTimes leadTimes) {
    CommandEngine engine =
        new CommandEngine(
            List.of(new IcsCommand(schedules, Calendars.writer(), Calendars.LINKS, leadTimes)),
            Clock.fixed(Calendars.NOW, ZoneOffset.UTC),
            new InMemoryUserSettings());
    return engine.handle(Asker.terminalOperator(), text);
  }

  private Reply ask(String text) {
    return ask(text, LeadTimes.none());
  }

  private static String content(Reply reply) {
    assertThat(reply.attachments()).hasSize(1);
    return new String(reply.attachments().get(0).content(), StandardCharsets.UTF_8);
  }

  @Test
  void meetingIdGivesItsInviteAndTheFeedLink() {
    Reply reply = ask("/ign ics 2024-11-19");

    Attachment file = reply.attachments().get(0);
    assertThat(file.fileName()).isEqualTo("2024-11-19.ics");
    assertThat(file.mediaType()).isEqualTo("text/calendar");
    assertThat(Calendars.biweekly(content(reply)).getEvents()).hasSize(2);
    assertThat(String.join("\n", reply.lines()))
        .contains(
            "https://ign.example.org/meetings/2024-11-19.ics",
            "https://ign.example.org/calendar/ign.ics");
  }

  @Test
  void allAndNothingGiveEveryMeeting() {
    assertThat(Calendars.biweekly(content(ask("ics all"))).getEvents()).hasSize(3);
    assertThat(ask("ics").attachments().get(0).fileName()).isEqualTo("ign.ics");
    assertThat(String.join("\n", ask("ics").lines()))
        .contains("webcal://ign.example.org/calendar/ign.ics");
  }

  @Test
  void topicGivesTheClusterFeedByKeyOrWords() {
    Reply reply = ask("ics topic question of the veto");

    assertThat(reply.attachments().get(0).fileName()).isEqualTo("ign-veto.ics");
    assertThat(String.join("\n", reply.lines()))
        .contains("https://ign.example.org/calendar/ign-veto.ics");
    Calendars.ical4j(content(reply));
  }

  @Test
  void unknownClusterOrIdIsOnePoliteLine() {
    Reply cluster = ask("ics topic bananas");
    Reply id = ask("ics 2024-11-20");

    assertThat(cluster.isError()).isTrue();
    assertThat(cluster.lines())
        .singleElement()
        .asString()
        .contains("\"bananas\" is no cluster", "veto");
    assertThat(id.isError()).isTrue();
    assertThat(id.lines())
        .singleElement()
        .asString()
        .contains("No meeting has the id \"2024-11-20\"", "2024-11-19");
    assertThat(id.attachments()).isEmpty();
  }

  @Test
  void downloadCarriesTheAskersReminderLeadTimes() {
    Reply reply =
        ask("ics 2024-11-19", user -> List.of(Duration.ofDays(1), Duration.ofMinutes(30)));

    assertThat(Calendars.biweekly(content(reply)).getEvents().get(0).getAlarms()).hasSize(2);
    assertThat(reply.lines())
        .contains(
            "With alarms 1 day and 30 minutes before each sitting, as in your reminders for it.");
  }
}
