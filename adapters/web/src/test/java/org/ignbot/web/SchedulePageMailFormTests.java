package org.ignbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.ignbot.core.Fixtures;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.calendar.PublicAddress;
import org.ignbot.core.mail.InMemoryMailSubscriptionStore;
import org.ignbot.core.mail.RecordingMailSender;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.junit.jupiter.api.Test;

/** The page offers invitations by e-mail only where mail is set up. */
class SchedulePageMailFormTests {
  private static final Instant NOW = Instant.parse("2024-11-18T17:00:00Z");
  private static final FeedLinks LINKS = new FeedLinks("https://ign.example.org");
  private final InMemoryScheduleRepository schedules =
      new InMemoryScheduleRepository(
          new Schedule(java.util.List.of(Fixtures.meeting("2024-11-21").build())));

  private String page(boolean mail) {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    Optional<MailLinks> links =
        mail
            ? Optional.of(
                new MailLinks(
                    new RecordingMailSender().subscriptions(new InMemoryMailSubscriptionStore()),
                    clock,
                    LeadTimes.DEFAULT))
            : Optional.empty();
    return new SchedulePage(schedules, PublicAddress.configured(LINKS), clock, links)
        .render(schedules.current(), NOW, LINKS);
  }

  @Test
  void withMailOnThePageHasAFormThatPostsTheAddressLeadTimesAndCluster() {
    String page = page(true);

    assertThat(page)
        .contains("<form class=\"mail-form\" action=\"/mail/subscribe\" method=\"post\">")
        .contains("name=\"address\" type=\"email\" required")
        .contains("name=\"lead\"")
        .contains("<option value=\"veto\">");
    assertThat(page(false)).doesNotContain("/mail/subscribe");
  }
}
