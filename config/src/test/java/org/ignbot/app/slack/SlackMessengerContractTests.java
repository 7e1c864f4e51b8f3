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
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.MessengerContract;
import org.ignbot.core.notify.Recipient;
import org.ignbot.slack.SlackAdapter;
import org.ignbot.slack.SlackSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Slack messenger (one bot token) against the fake Slack, and how it tells whether a message
 * sent with a key arrived.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackMessengerContractTests extends MessengerContract {
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

  @Override
  protected Messenger messenger() {
    return slack.messenger();
  }

  @Override
  protected Recipient directMessage() {
    return new Recipient("slack", FakeSlack.TEAM, Recipient.Kind.DIRECT_MESSAGE, "U0DELEGATE");
  }

  @Override
  protected Optional<Recipient> channel() {
    return Optional.of(new Recipient("slack", FakeSlack.TEAM, Recipient.Kind.CHANNEL, "C0IGN"));
  }

  @Override
  protected boolean rateLimitNextSend(Recipient recipient, Duration retryAfter) {
    fake.queue(
        "chat.postMessage",
        new FakeSlack.Answer(
            429,
            Map.of("Retry-After", String.valueOf(retryAfter.toSeconds())),
            "{\"ok\":false,\"error\":\"ratelimited\"}"));
    return true;
  }

  @Override
  protected Recipient refusedForGood() {
    fake.queue(
        "chat.postMessage",
        new FakeSlack.Answer(200, Map.of(), "{\"ok\":false,\"error\":\"channel_not_found\"}"));
    return new Recipient("slack", FakeSlack.TEAM, Recipient.Kind.CHANNEL, "C0GONE");
  }

  @Override
  protected void breakNextSend(Recipient recipient) {
    fake.queue("chat.postMessage", new FakeSlack.Answer(502, Map.of(), "<html>Bad Gateway"));
  }

  @Override
  protected int platformCalls() {
    return fake.calls().size();
  }

  // After a send whose answer was lost, the runner asks Slack whether the message arrived: each
  // reminder carries its key in the message metadata, and the conversation's history shows it.

  private static final String KEY = "remind:plenary/2024-11-19T15:00Z/60/abc";

  @Test
  void aMessageSentWithAKeyIsFoundInTheConversationByThatKeyAndNoOther() {
    assertThat(messenger().send(directMessage(), message(), KEY))
        .isInstanceOf(DeliveryResult.Delivered.class);

    assertThat(fake.postedMetadata())
        .singleElement()
        .satisfies(metadata -> assertThat(metadata).contains("\"ign_delivery\"").contains(KEY));
    assertThat(messenger().find(directMessage(), KEY))
        .hasValueSatisfying(
            found -> assertThat(found.messageId()).isEqualTo("D0DM/1732028400.000100"));
    assertThat(messenger().find(directMessage(), KEY + "-other")).isEmpty();
  }

  @Test
  void aChannelPostSentWithAKeyIsFoundInThatChannelsHistoryOnly() {
    Recipient channel = channel().orElseThrow();
    assertThat(messenger().send(channel, message(), KEY))
        .isInstanceOf(DeliveryResult.Delivered.class);

    assertThat(messenger().find(channel, KEY))
        .hasValueSatisfying(
            found -> assertThat(found.messageId()).isEqualTo("C0IGN/1732028400.000100"));
    assertThat(messenger().find(directMessage(), KEY)).isEmpty();
    assertThat(
            messenger()
                .find(
                    new Recipient("slack", FakeSlack.TEAM, Recipient.Kind.CHANNEL, "C0OTHER"), KEY))
        .isEmpty();
  }

  @Test
  void whenSlackCannotShowTheHistoryTheOutcomeIsUnknown() {
    messenger().send(directMessage(), message(), KEY);
    fake.queue(
        "conversations.history",
        new FakeSlack.Answer(200, Map.of(), "{\"ok\":false,\"error\":\"missing_scope\"}"));

    assertThat(messenger().find(directMessage(), KEY)).isEmpty();
  }

  @Test
  void aPostAnsweredAfterTheHttpClientsDefaultTenSecondsStillCountsAsDelivered() {
    // The runner's send time-out (30 s by default) is the one in force, not the HTTP client's.
    fake.answerLate("chat.postMessage", Duration.ofSeconds(11));

    assertThat(messenger().send(directMessage(), message(), KEY))
        .isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(fake.calls("chat.postMessage")).hasSize(1);
  }
}
