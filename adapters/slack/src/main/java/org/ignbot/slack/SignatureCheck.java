package org.ignbot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature (v0, HMAC-SHA256 of {@code v0:timestamp:raw body} with the signing
 * secret), checked before Bolt sees the request. Unlike Bolt's own check it also refuses timestamps
 * more than five minutes in the future, so that a captured request cannot be replayed later.
 */
final class SignatureCheck {
  static final Duration WINDOW = Duration.ofMinutes(5);

  private final SecretKeySpec key;
  private final Clock clock;

  SignatureCheck(String signingSecret, Clock clock) {
    Objects.requireNonNull(signingSecret);
    if (signingSecret.isBlank()) {
      throw new IllegalArgumentException("a signing secret is needed to check Slack's requests");
    }
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.clock = Objects.requireNonNull(clock);
  }

  /** Why the request must be refused, or empty when it is Slack's and fresh. */
  Optional<String> problem(String timestamp, String signature, byte[] body) {
    if (timestamp == null || signature == null) {
      return Optional.of("no signature");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return Optional.of("a timestamp that is not a number");
    }
    Instant now = clock.instant();
    Instant sent =
        Instant.ofEpochSecond(Math.max(0, Math.min(seconds, Instant.MAX.getEpochSecond())));
    if (sent.isBefore(now.minus(WINDOW))) {
      return Optional.of("a stale timestamp");
    }
    if (sent.isAfter(now.plus(WINDOW))) {
      return Optional.of("a timestamp in the future");
    }
    byte[] expected = sign(timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given)
        ? Optional.empty()
        : Optional.of("a wrong signature");
  }

  /** The {@code v0=...} signature Slack would send for this timestamp and body. */
  String sign(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
