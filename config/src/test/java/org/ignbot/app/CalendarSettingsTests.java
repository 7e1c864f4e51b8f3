package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.ignbot.core.calendar.CalendarFeed;
import org.ignbot.core.calendar.PublicAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class CalendarSettingsTests {

  @Test
  void icsOnTheCommandLineSelectsACalendarAndTurnsTheServerOff() {
    LaunchOptions all = LaunchOptions.parse("ics", "--all");
    LaunchOptions meeting = LaunchOptions.parse("ics", "--meeting", "2024-11-19");
    LaunchOptions topic =
        LaunchOptions.parse("--as-of", "2024-11-18T12:00-05:00", "ics", "--topic=veto");

    assertThat(all.mode()).isEqualTo(LaunchOptions.Mode.ICS);
    assertThat(all.calendar()).isEqualTo(new CalendarSelection.All());
    assertThat(meeting.calendar()).isEqualTo(new CalendarSelection.Meeting("2024-11-19"));
    assertThat(topic.calendar()).isEqualTo(new CalendarSelection.Topic("veto"));
    assertThat(Arrays.asList(topic.springArguments()))
        .contains(
            "--spring.main.web-application-type=none", "--ign.clock.as-of=2024-11-18T12:00-05:00");
  }

  @Test
  void icsNeedsExactlyOneChoice() {
    assertThatThrownBy(() -> LaunchOptions.parse("ics"))
        .isInstanceOf(LaunchOptions.UsageException.class)
        .hasMessageContaining("--all");
    assertThatThrownBy(() -> LaunchOptions.parse("ics", "--all", "--topic", "veto"))
        .isInstanceOf(LaunchOptions.UsageException.class);
    assertThat(LaunchOptions.parse("ics", "--help").usage()).startsWith("Usage: ign-bot ics");
  }

  @Test
  void badBaseUrlOrOrganizerIsRefusedWhenTheSettingsAreRead() {
    assertThatThrownBy(() -> new CalendarConfiguration.WebProperties("ftp://example.org"))
        .hasMessageContaining("http:// or https://");
    assertThatThrownBy(() -> new CalendarConfiguration.CalendarProperties("not an address"))
        .hasMessageContaining("e-mail address");
    assertThat(new CalendarConfiguration.WebProperties("https://ign.example.org").baseUrl())
        .isEqualTo("https://ign.example.org");
  }

  @Test
  void withoutABaseUrlLinksNameTheServerPortUntilTheServerSaysWhichItListensOn() {
    CalendarConfiguration calendars = new CalendarConfiguration();
    MockEnvironment moved = new MockEnvironment().withProperty("server.port", "58417");
    MockEnvironment random = new MockEnvironment().withProperty("server.port", "0");

    PublicAddress address =
        calendars.publicAddress(new CalendarConfiguration.WebProperties(""), moved);
    PublicAddress later =
        calendars.publicAddress(new CalendarConfiguration.WebProperties(""), random);
    later.serving(41234);

    assertThat(address.get().url(CalendarFeed.all()))
        .isEqualTo("http://localhost:58417/calendar/ign.ics");
    assertThat(later.get().baseUrl()).isEqualTo("http://localhost:41234");
    assertThat(
            calendars
                .publicAddress(
                    new CalendarConfiguration.WebProperties("https://ign.example.org"), moved)
                .get()
                .baseUrl())
        .isEqualTo("https://ign.example.org");
  }
}
