package org.ignbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.ignbot.app.DigestRunners;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.digest.DigestFixtures;
import org.ignbot.core.digest.DigestSubscription;
import org.ignbot.core.digest.Frequency;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.user.UserKey;
import org.ignbot.scheduler.digest.DigestRunner;
import org.ignbot.slack.SlackAdapter;
import org.ignbot.slack.SlackSettings;
import org.ignbot.store.JdbcDigestStore;
import org.ignbot.store.JdbcUserSettings;
import org.ignbot.store.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A weekly digest from the runner to a Slack direct message, through the Slack messenger against
 * the fake Slack: sent once, with the meetings' blocks in the subscriber's zone.
 */
class SlackDigestIntegrationTests {
  private static final String DELEGATE = "U0DIGEST";
  private final FakeSlack fake = FakeSlack.start();
  private final InMemoryUserSettings chatUsers = new InMemoryUserSettings();
  private final SlackAdapter slack =
      new SlackAdapter(
          new SlackSettings(
              FakeSlack.BOT_TOKEN, Optional.of("secret"), Optional.empty(), fake.url("/api/")),
          new CommandEngine(List.of(), Clock.systemUTC(), chatUsers),
          new AdminList(List.of()),
          chatUsers,
          Clock.systemUTC());

  @AfterEach
  void stop() {
    slack.close();
    fake.close();
  }

  @Test
  void theMondayDigestReachesSlackOnceWithEachSittingInNewYorkAndViennaTime() {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:slack-digest-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Schema.migrate(database);
    Clock monday = Clock.fixed(DigestFixtures.vienna("2026-10-26T08:00"), ZoneOffset.UTC);
    JdbcUserSettings users = new JdbcUserSettings(database, monday);
    users.setZone(new UserKey("slack", FakeSlack.TEAM, DELEGATE), DigestFixtures.VIENNA);
    JdbcDigestStore digests = new JdbcDigestStore(database);
    digests.save(
        new DigestSubscription(
            new Recipient("slack", FakeSlack.TEAM, Recipient.Kind.DIRECT_MESSAGE, DELEGATE),
            Frequency.WEEKLY,
            Optional.empty(),
            monday.instant().minus(Duration.ofDays(10))));
    DigestRunner runner =
        DigestRunners.wired(
            database,
            monday,
            DigestFixtures.scheduleWithChanges(),
            digests,
            users,
            List.of(slack.messenger()));

    assertThat(runner.tick()).isEqualTo(1);
    assertThat(runner.tick()).isZero();

    assertThat(fake.calls("chat.postMessage")).hasSize(1);
    FakeSlack.Call posted = fake.calls("chat.postMessage").get(0);
    assertThat(posted.param("channel")).isEqualTo(DELEGATE);
    assertThat(posted.param("text"))
        .startsWith("The week ahead, Mon 26 Oct 2026 to Sun 1 Nov 2026 (Vienna): 2 meetings");
    String blocks = posted.param("blocks");
    assertThat(JsonPath.<String>read(blocks, "$[0].text.text"))
        .contains("The week ahead, Mon 26 Oct 2026 to Sun 1 Nov 2026 (Vienna)");
    assertThat(JsonPath.<String>read(blocks, "$[1].text.text"))
        .startsWith("Since the last digest:")
        .contains("• Added: Informal dialogue of Thursday 29 October 2026");
    // Slack shows each sitting in the reader's own zone, with the subscriber's as the fallback.
    assertThat(JsonPath.<String>read(blocks, "$[3].text.text"))
        .startsWith("*4th IGN meeting* — Tuesday 27 October 2026")
        .contains(
            "*Morning* 10:00–13:00 New York · your time:"
                + " <!date^1793109600^{date_short_pretty} {time}|Tue 27 Oct 15:00>"
                + "–<!date^1793120400^{time}|18:00 Vienna>");
    assertThat(JsonPath.<List<String>>read(blocks, "$[*].elements[*].value"))
        .contains("digest off");
    assertThat(fake.postedMetadata().get(0)).contains("digest:weekly:2026-10-26/");
  }
}
