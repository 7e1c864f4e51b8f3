package org.ignbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.ignbot.slack.SlackAdapter;
import org.ignbot.slack.SlackSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * After a send whose answer was lost, the runner asks Slack whether the message arrived: each
 * reminder carries its key in the message metadata, and the conversation's history shows it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackDeliveryCheckTests {
  private static final Recipient DELEGATE =
      new Recipient("slack", FakeSlack.TEAM, Recipient.Kind.DIRECT_MESSAGE, "U0DELEGATE");
  private static final String KEY = "remind:plenary/2024-11-19T15:00Z/60/abc";

  private FakeSlack fake;
  private SlackAdapter slack;

  @BeforeAll
  void start() {
    fake = FakeSlack.start();
    InMemoryUserSettings users = new InMemoryUserSettings();
    slack =
        new SlackAdapter(
            new SlackSettings(
                FakeSlack.BOT_TOKEN, Optional.of("secret"), Optional.empty(), fake.url("/api/")),
            new CommandEngine(List.of(), Clock.systemUTC(), users),
            new AdminList(List.of()),
            users,
            Clock.systemUTC());
  }

  @BeforeEach
  void reset() {
    fake.reset();
  }

  @AfterAll
  void stop() {
    slack.close();
    fake.close();
  }

  private static Reply reminder() {
    return Reply.ok().title("Reminder: 1st IGN Plenary starts in 1 hour").build();
  }

  @Test
  void aMessageSentWithAKeyIsFoundInTheConversationByThatKeyAndNoOther() {
    assertThat(slack.messenger().send(DELEGATE, reminder(), KEY))
        .isInstanceOf(DeliveryResult.Delivered.class);

    assertThat(fake.postedMetadata())
        .singleElement()
        .satisfies(metadata -> assertThat(metadata).contains("\"ign_delivery\"").contains(KEY));
    assertThat(slack.messenger().find(DELEGATE, KEY))
        .hasValueSatisfying(
            found -> assertThat(found.messageId()).isEqualTo("D0DM/1732028400.000100"));
    assertThat(slack.messenger().find(DELEGATE, KEY + "-other")).isEmpty();
  }

  @Test
  void whenSlackCannotShowTheHistoryTheOutcomeIsUnknown() {
    slack.messenger().send(DELEGATE, reminder(), KEY);
    fake.queue(
        "conversations.history",
        new FakeSlack.Answer(200, Map.of(), "{\"ok\":false,\"error\":\"missing_scope\"}"));

    assertThat(slack.messenger().find(DELEGATE, KEY)).isEmpty();
  }

  @Test
  void aPostAnsweredAfterTheHttpClientsDefaultTenSecondsStillCountsAsDelivered() {
    // The runner's send time-out (30 s by default) is the one in force, not the HTTP client's.
    fake.answerLate("chat.postMessage", Duration.ofSeconds(11));

    assertThat(slack.messenger().send(DELEGATE, reminder(), KEY))
        .isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(fake.calls("chat.postMessage")).hasSize(1);
  }
}
