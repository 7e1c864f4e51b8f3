package org.ignbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignatureCheckTests {
  private static final Instant NOW = Instant.parse("2026-02-12T15:00:00Z");
  private final SignatureCheck check =
      new SignatureCheck("8f742231b10e8888abcd99yyyzzz85a5", Clock.fixed(NOW, ZoneOffset.UTC));
  private final byte[] body =
      "token=x&team_id=T1&command=%2Fign&text=next".getBytes(StandardCharsets.UTF_8);

  @Test
  void slacksOwnExampleSignatureIsAccepted() {
    // The example of Slack's "Verifying requests from Slack" page.
    byte[] example =
        ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect"
                + "&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554"
                + "%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")
            .getBytes(StandardCharsets.UTF_8);
    SignatureCheck slackExample =
        new SignatureCheck(
            "8f742231b10e8888abcd99yyyzzz85a5",
            Clock.fixed(Instant.ofEpochSecond(1531420618), ZoneOffset.UTC));

    assertThat(
            slackExample.problem(
                "1531420618",
                "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
                example))
        .isEmpty();
  }

  @Test
  void aTimestampFiveMinutesOffEitherWayIsStillAccepted() {
    for (long offset : new long[] {-300, 300}) {
      String timestamp = String.valueOf(NOW.getEpochSecond() + offset);
      assertThat(check.problem(timestamp, check.sign(timestamp, body), body)).isEmpty();
    }
  }

  @Test
  void aTimestampMoreThanFiveMinutesInThePastOrTheFutureIsRefused() {
    String stale = String.valueOf(NOW.getEpochSecond() - 301);
    String future = String.valueOf(NOW.getEpochSecond() + 301);

    assertThat(check.problem(stale, check.sign(stale, body), body)).contains("a stale timestamp");
    assertThat(check.problem(future, check.sign(future, body), body))
        .contains("a timestamp in the future");
  }

  @Test
  void aTamperedBodyOrAnotherSecretIsRefused() {
    String timestamp = String.valueOf(NOW.getEpochSecond());
    String signature = check.sign(timestamp, body);
    byte[] tampered =
        "token=x&team_id=T1&command=%2Fign&text=import".getBytes(StandardCharsets.UTF_8);
    SignatureCheck other = new SignatureCheck("another-secret", Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(check.problem(timestamp, signature, tampered)).contains("a wrong signature");
    assertThat(other.problem(timestamp, signature, body)).contains("a wrong signature");
  }

  @Test
  void missingOrMalformedHeadersAreRefused() {
    String timestamp = String.valueOf(NOW.getEpochSecond());

    assertThat(check.problem(null, "v0=00", body)).contains("no signature");
    assertThat(check.problem(timestamp, null, body)).contains("no signature");
    assertThat(check.problem("99999999999999999999", "v0=00", body))
        .contains("a timestamp that is not a number");
    assertThat(check.problem(String.valueOf(Long.MAX_VALUE), "v0=00", body))
        .contains("a timestamp in the future");
  }
}
