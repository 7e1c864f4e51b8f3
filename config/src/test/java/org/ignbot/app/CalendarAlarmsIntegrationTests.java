package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"ign.web.base-url=https://ign.example.org/", "ign.reminders.enabled=false"})
class CalendarAlarmsIntegrationTests {
  @LocalServerPort int port;
  @Autowired CommandEngine engine;

  private static List<Duration> alarms(String ics) {
    List<VEvent> events = Biweekly.parse(ics).first().getEvents();
    assertThat(events).isNotEmpty();
    return events.get(0).getAlarms().stream()
        .map(VAlarm::getTrigger)
        .map(trigger -> Duration.ofMillis(-trigger.getDuration().toMillis()))
        .toList();
  }

  @Test
  void aSubscribersDownloadRingsAtTheirLeadTimesAndThePublicFeedDoesNot() throws Exception {
    Asker subscriber = new Asker(new UserKey("slack", "T1", "U-SUB"), false);
    Asker stranger = new Asker(new UserKey("slack", "T1", "U-NONE"), false);
    engine.handle(subscriber, "subscribe 2h 15m");

    Reply download = engine.handle(subscriber, "ics 2024-11-21");
    Reply strangers = engine.handle(stranger, "ics 2024-11-21");
    String feed =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/calendar/ign.ics"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();

    assertThat(alarms(new String(download.attachments().get(0).content(), StandardCharsets.UTF_8)))
        .containsExactly(Duration.ofHours(2), Duration.ofMinutes(15));
    assertThat(alarms(new String(strangers.attachments().get(0).content(), StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(feed).doesNotContain("BEGIN:VALARM");
  }

  @Test
  void aMeetingOutsideASubscribedClusterRingsOnlyAtTheLeadTimesThatCoverIt() {
    Asker subscriber = new Asker(new UserKey("slack", "T1", "U-VETO"), false);
    engine.handle(subscriber, "subscribe 30 min");
    engine.handle(subscriber, "subscribe 2h topic veto");

    // 21 November names no cluster; 19 November takes up all five, the veto among them.
    Reply download = engine.handle(subscriber, "ics 2024-11-21");
    Reply veto = engine.handle(subscriber, "ics 2024-11-19");

    assertThat(alarms(new String(download.attachments().get(0).content(), StandardCharsets.UTF_8)))
        .containsExactly(Duration.ofMinutes(30));
    assertThat(download.lines())
        .contains("With an alarm 30 minutes before each sitting, as in your reminders for it.");
    assertThat(alarms(new String(veto.attachments().get(0).content(), StandardCharsets.UTF_8)))
        .containsExactlyInAnyOrder(Duration.ofHours(2), Duration.ofMinutes(30));
  }
}
