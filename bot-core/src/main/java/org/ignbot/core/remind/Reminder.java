package org.ignbot.core.remind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Sitting;

/**
 * One reminder: a sitting, a lead time and a recipient. Its key names exactly that, so a sitting
 * moved to another time gets new keys, and a key is sent at most once.
 */
public record Reminder(Meeting meeting, Sitting sitting, Duration lead, Recipient recipient) {
  /** A reminder sent later than this after its time is marked late. */
  public static final Duration GRACE = Duration.ofMinutes(1);

  public Reminder {
    Objects.requireNonNull(meeting);
    Objects.requireNonNull(sitting);
    Objects.requireNonNull(lead);
    Objects.requireNonNull(recipient);
  }

  /** "2024-11-19@1732028400/60m/3f2a…": meeting, sitting start, lead time, recipient. */
  public String key() {
    return key(meeting.id(), sitting.startInstant(), lead, recipient);
  }

  public static String key(String meetingId, Instant start, Duration lead, Recipient recipient) {
    return key(meetingId, start, lead, recipientHash(recipient));
  }

  /** The key with the recipient's {@link #recipientHash} already worked out. */
  public static String key(String meetingId, Instant start, Duration lead, String recipientHash) {
    return meetingId + "@" + start.getEpochSecond() + "/" + lead.toMinutes() + "m/" + recipientHash;
  }

  /** When it is due: the sitting's start less the lead time. */
  public Instant dueAt() {
    return sitting.startInstant().minus(lead);
  }

  /** Sent now, would it be late? */
  public boolean isLateAt(Instant now) {
    return now.isAfter(dueAt().plus(GRACE));
  }

  /** A short stable digest of a recipient, so keys stay short and hold no user id. */
  public static String recipientHash(Recipient recipient) {
    String text =
        recipient.platform()
            + "\n"
            + recipient.workspace()
            + "\n"
            + recipient.kind()
            + "\n"
            + recipient.id();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
