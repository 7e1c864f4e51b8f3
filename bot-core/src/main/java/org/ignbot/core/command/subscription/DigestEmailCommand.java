package org.ignbot.core.command.subscription;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.digest.DigestSubscription;
import org.ignbot.core.digest.Frequency;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.MailSubscription;
import org.ignbot.core.mail.MailSubscriptions;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/**
 * {@code digest email <address> weekly|daily|off}: the digest by e-mail, to an address the asker
 * subscribed and confirmed, timed in the asker's zone when they ask (an address has no {@code tz}).
 */
final class DigestEmailCommand implements Command, DigestByEmail {
  private final MailSubscriptions mail;
  private final DigestStore digests;

  DigestEmailCommand(MailSubscriptions mail, DigestStore digests) {
    this.mail = Objects.requireNonNull(mail);
    this.digests = Objects.requireNonNull(digests);
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("digest")
          .summary("the digest by e-mail, to an address you confirmed, at 08:00 your time")
          .parameters(
              Parameter.required("address", Parameter.Type.TEXT, "The e-mail address")
                  .after("email"),
              Parameter.optional("frequency", Parameter.Type.TEXT, "weekly, daily or off"))
          .usage("digest email <address> weekly|daily|off")
          .examples("digest email delegate@mission.example weekly")
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    String[] words = invocation.arguments().strip().split("\\s+");
    if (words[0].isEmpty()) {
      throw new InvalidInputException(
          "Which address? Try `digest email delegate@mission.example weekly`.");
    }
    MailAddress address = MailAddress.parse(words[0]);
    // Whose address it is is said before what the frequency means.
    recipient(invocation, address);
    String word = words.length > 1 ? words[1] : "";
    if (word.isEmpty()) {
      return showEmailDigest(invocation, address);
    }
    if (word.equalsIgnoreCase("off")) {
      return stopEmailDigest(invocation, address);
    }
    return startEmailDigest(invocation, address, DigestByEmail.frequency(address, word));
  }

  @Override
  public Reply showEmailDigest(Invocation invocation, MailAddress address) {
    Recipient recipient = recipient(invocation, address);
    return Reply.ok()
        .title(
            digests
                .of(recipient)
                .map(digest -> address + " gets the " + describe(digest, Optional.empty()) + ".")
                .orElse(address + " gets no digest."))
        .line("Change it with `digest email " + address + " weekly|daily|off`.")
        .build();
  }

  @Override
  public Reply stopEmailDigest(Invocation invocation, MailAddress address) {
    boolean had = digests.remove(recipient(invocation, address));
    return Reply.ok()
        .title(had ? "Digest to " + address + " stopped." : address + " got no digest.")
        .build();
  }

  @Override
  public Reply startEmailDigest(Invocation invocation, MailAddress address, Frequency frequency) {
    Recipient recipient = recipient(invocation, address);
    ZoneId zone = invocation.zone().orElse(VenueTime.ZONE);
    DigestSubscription digest =
        new DigestSubscription(recipient, frequency, Optional.of(zone), invocation.now());
    digests.save(digest);
    return Reply.ok()
        .title("Digest by e-mail to " + address + ": " + describe(digest, Optional.empty()) + ".")
        .line(
            "Nothing is sent when there is nothing to say. Stop it with `digest email "
                + address
                + " off`.")
        .build();
  }

  /** The digest's recipient for an address the asker subscribed and confirmed, or one line. */
  private Recipient recipient(Invocation invocation, MailAddress address) {
    MailSubscription subscription =
        mail.ownedBy(invocation.asker().user()).stream()
            .filter(owned -> owned.address().equals(address))
            .filter(MailSubscription::isConfirmed)
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "Subscribe and confirm "
                            + address
                            + " first (`subscribe email "
                            + address
                            + "`), then ask for its digest."));
    return MailSubscription.recipient(subscription.address());
  }

  /**
   * "weekly digest, every Monday at 08:00 Vienna time", in the digest's zone or else the person's
   * ({@code personal}, New York until they set one): what {@code subscriptions} says too.
   */
  static String describe(DigestSubscription digest, Optional<ZoneId> personal) {
    ZoneId zone = digest.zone().or(() -> personal).orElse(VenueTime.ZONE);
    return digest.frequency().word()
        + " digest, "
        + digest.frequency().when()
        + " "
        + TimeFormat.zoneName(zone)
        + " time"
        + digest
            .pausedBecause()
            .map(reason -> " — PAUSED: delivery was refused (" + reason + "); ask for it again")
            .orElse("");
  }
}
