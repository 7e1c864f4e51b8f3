package org.ignbot.core.mail;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.user.UserKey;

/**
 * Subscribing an address: a confirmation message with a one-time code (kept hashed, expiring,
 * single use) and a link; confirming; unsubscribing by the link in every message; forgetting. An
 * address deleted takes with it the record of what was sent to it and its digest.
 */
public final class MailSubscriptions {
  /** How long a confirmation code works. */
  public static final Duration CODE_LIFETIME = Duration.ofHours(24);

  /** How soon another confirmation may be sent to an address that has not confirmed. */
  public static final Duration RESEND_AFTER = Duration.ofMinutes(10);

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

  private final MailSubscriptionStore store;
  private final InvitationLedger ledger;
  private final MailSender sender;
  private final Supplier<FeedLinks> links;
  private final DigestStore digests;
  private final Runnable confirmedHook;

  /**
   * @param confirmedHook run after an address is confirmed: its invitations go out
   */
  public MailSubscriptions(
      MailSubscriptionStore store,
      InvitationLedger ledger,
      MailSender sender,
      Supplier<FeedLinks> links,
      DigestStore digests,
      Runnable confirmedHook) {
    this.store = Objects.requireNonNull(store);
    this.ledger = Objects.requireNonNull(ledger);
    this.sender = Objects.requireNonNull(sender);
    this.links = Objects.requireNonNull(links);
    this.digests = Objects.requireNonNull(digests);
    this.confirmedHook = Objects.requireNonNull(confirmedHook);
  }

  /** What {@link #subscribe} did. */
  public enum Outcome {
    /** A confirmation message went out; nothing else goes before it is used. */
    CONFIRMATION_SENT,
    /** The address was confirmed by the same person: its topic and lead times are updated. */
    UPDATED
  }

  /**
   * Subscribes {@code address} for {@code owner}; a new or unconfirmed address gets a confirmation
   * message. Refusals (another person's address, too soon again, the server refused) throw {@link
   * InvalidInputException} with the line to show.
   */
  public Outcome subscribe(
      UserKey owner,
      MailAddress address,
      Optional<Cluster> cluster,
      List<Duration> leadTimes,
      Instant now) {
    Optional<MailSubscription> existing = store.find(address);
    if (existing.filter(MailSubscription::isActive).isPresent()) {
      MailSubscription old = existing.get();
      if (!old.owner().equals(owner)) {
        throw new InvalidInputException(
            address
                + " already gets invitations from someone else; the link at the foot of any of"
                + " them stops them.");
      }
      store.save(
          new MailSubscription(
              address,
              owner,
              cluster,
              leadTimes,
              old.since(),
              old.confirmedAt(),
              Optional.empty(),
              old.unsubscribeToken(),
              Optional.empty()));
      return Outcome.UPDATED;
    }
    Optional<Instant> lastSent = existing.flatMap(MailSubscription::code).map(c -> c.sentAt());
    if (lastSent.isPresent() && now.isBefore(lastSent.get().plus(RESEND_AFTER))) {
      throw new InvalidInputException(
          "A confirmation went to "
              + address
              + " a moment ago: use the code in it, or ask again after "
              + UTC.format(lastSent.get().plus(RESEND_AFTER))
              + ".");
    }
    String code = ConfirmationCode.newCode();
    String token =
        existing.map(MailSubscription::unsubscribeToken).orElseGet(ConfirmationCode::newToken);
    MailSubscription pending =
        new MailSubscription(
            address,
            owner,
            cluster,
            leadTimes,
            now,
            Optional.empty(),
            Optional.of(
                new MailSubscription.PendingCode(
                    ConfirmationCode.hash(code), now, now.plus(CODE_LIFETIME))),
            token,
            Optional.empty());
    store.save(pending);
    DeliveryResult result = sender.send(confirmation(pending, code));
    if (result instanceof DeliveryResult.Delivered) {
      return Outcome.CONFIRMATION_SENT;
    }
    store.remove(address);
    if (result instanceof DeliveryResult.Refused refused) {
      throw new InvalidInputException(
          "The mail server refused " + address + " (" + refused.reason() + "); check the address.");
    }
    throw new InvalidInputException(
        "The mail server could not take the confirmation for "
            + address
            + " just now; try again in a few minutes.");
  }

  /**
   * Confirms the address waiting for {@code code}: empty when no address waits for it or it has
   * expired. A code works once.
   */
  public Optional<MailSubscription> confirm(String code, Instant now) {
    if (code == null || code.isBlank() || code.length() > 64) {
      return Optional.empty();
    }
    Optional<MailSubscription> waiting =
        store
            .byCodeHash(ConfirmationCode.hash(code))
            .filter(s -> s.code().map(c -> now.isBefore(c.expiresAt())).orElse(false));
    waiting.ifPresent(
        s -> {
          store.save(s.confirmed(now));
          confirmedHook.run();
        });
    return waiting.map(s -> s.confirmed(now));
  }

  /**
   * Deletes the address of this unsubscribe token, what was sent to it and its digest; the address,
   * if it was there.
   */
  public Optional<MailAddress> unsubscribe(String token) {
    if (token == null || token.isBlank() || token.length() > 64) {
      return Optional.empty();
    }
    Optional<MailSubscription> found = store.byUnsubscribeToken(token);
    found.ifPresent(s -> delete(s.address()));
    return found.map(MailSubscription::address);
  }

  /** Deletes every address {@code owner} subscribed, as {@link #unsubscribe} does; how many. */
  public int forget(UserKey owner) {
    List<MailAddress> owned = store.ownedBy(owner);
    owned.forEach(this::delete);
    return owned.size();
  }

  private void delete(MailAddress address) {
    store.remove(address);
    ledger.forget(address);
    digests.remove(MailSubscription.recipient(address));
  }

  /**
   * The link that unsubscribes an address, while it may receive messages from the chat side (a
   * digest): confirmed and not paused. Empty otherwise: nothing is sent to it.
   */
  public Optional<URI> unsubscribeLink(MailAddress address) {
    return store.find(address).filter(MailSubscription::isActive).map(this::unsubscribeLink);
  }

  /** The addresses {@code owner} subscribed, confirmed or not. */
  public List<MailSubscription> ownedBy(UserKey owner) {
    return store.ownedBy(owner).stream().flatMap(address -> store.find(address).stream()).toList();
  }

  URI unsubscribeLink(MailSubscription subscription) {
    return URI.create(
        links.get().baseUrl() + "/mail/unsubscribe?token=" + subscription.unsubscribeToken());
  }

  private MailMessage confirmation(MailSubscription pending, String code) {
    String link = links.get().baseUrl() + "/mail/confirm?code=" + code.replace("-", "");
    String text =
        String.join(
            "\n",
            "Someone asked IGN Bot to send calendar invitations for "
                + pending.what()
                + " to this address, with alarms "
                + LeadTimes.formatAll(pending.leadTimes())
                + " before each sitting.",
            "",
            "To confirm, open " + link,
            "or type `confirm email " + code + "` to the bot.",
            "The code works once, until "
                + UTC.format(pending.code().orElseThrow().expiresAt())
                + ".",
            "",
            "If this was not you, ignore this message: nothing else is sent to this address.");
    return new MailMessage(
        pending.address(),
        "Confirm IGN Bot invitations to " + pending.address(),
        text,
        Optional.empty(),
        Optional.of(unsubscribeLink(pending)));
  }
}
