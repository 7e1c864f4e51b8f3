package org.ignbot.core.mail;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.digest.InMemoryDigestStore;
import org.ignbot.core.notify.DeliveryResult;

/** A mail server that takes every message and keeps it, for tests of the mail use cases. */
public final class RecordingMailSender implements MailSender {
  private static final Pattern CODE = Pattern.compile("confirm email ([A-Z0-9]{4}-[A-Z0-9]{4})");

  public final List<MailMessage> sent = new CopyOnWriteArrayList<>();

  @Override
  public DeliveryResult send(MailMessage message) {
    sent.add(message);
    return new DeliveryResult.Delivered("<" + sent.size() + "@test>");
  }

  /** The confirmation code in the {@code index}th message sent. */
  public String code(int index) {
    Matcher code = CODE.matcher(sent.get(index).text());
    if (!code.find()) {
      throw new AssertionError("no confirmation code in: " + sent.get(index).text());
    }
    return code.group(1);
  }

  /** Subscriptions by address on this sender and {@code store}, linked to ign.example.org. */
  public MailSubscriptions subscriptions(MailSubscriptionStore store) {
    return subscriptions(store, new InMemoryDigestStore());
  }

  /** The same, deleting an address's digest from {@code digests}. */
  public MailSubscriptions subscriptions(MailSubscriptionStore store, DigestStore digests) {
    return new MailSubscriptions(
        store,
        new InMemoryInvitationLedger(),
        this,
        () -> new org.ignbot.core.calendar.FeedLinks("https://ign.example.org"),
        digests,
        () -> {});
  }
}
