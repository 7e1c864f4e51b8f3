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
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/** {@code digest weekly|daily|off [here]}: the week (or day) ahead in one message. */
final class DigestCommand implements Command, ChooseDigest, StopDigest {
  private final DigestStore store;

  DigestCommand(DigestStore store) {
    this.store = Objects.requireNonNull(store);
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("digest")
          .summary(
              "the week ahead every Monday 08:00 (or each working day) in your zone: meetings and"
                  + " what changed; `here` for this channel (admins)")
          .parameters(
              Parameter.optional(
                  "frequency",
                  Parameter.Type.TEXT,
                  "weekly, daily or off; alone, says which you get"),
              Parameter.flag("here", "The digest in this channel (admins), timed in your zone"))
          .usage("digest [weekly|daily|off] [here]")
          .examples(
              "digest weekly",
              "digest daily",
              "digest off",
              "digest weekly here   (admins: the digest in this channel, timed in your zone)",
              "`digest` alone says which you get. Nothing is sent when there is nothing to say.")
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    Target target = Target.parse(invocation.arguments());
    if (target.cluster().isPresent()) {
      throw new InvalidInputException(
          "A digest covers every meeting; leave out `topic` (try `digest weekly`).");
    }
    // Who may ask for `here` is said before what the words mean.
    target.recipient(invocation);
    String word = target.leadWords();
    if (word.isEmpty()) {
      return showDigest(invocation, target.here());
    }
    if (word.equalsIgnoreCase("off")) {
      return stopDigest(invocation, target.here());
    }
    return startDigest(invocation, ChooseDigest.frequency(word), target.here());
  }

  @Override
  public Reply showDigest(Invocation invocation, boolean here) {
    Target target = new Target("", Optional.empty(), here);
    return current(target.recipient(invocation), target);
  }

  @Override
  public Reply startDigest(Invocation invocation, Frequency frequency, boolean here) {
    Target target = new Target(frequency.word(), Optional.empty(), here);
    Recipient recipient = target.recipient(invocation);
    // A channel is timed in the zone of the admin who set it up; a person's follows their `tz`.
    Optional<ZoneId> fixed =
        here ? Optional.of(invocation.zone().orElse(VenueTime.ZONE)) : Optional.empty();
    store.save(new DigestSubscription(recipient, frequency, fixed, invocation.now()));
    ZoneId zone = fixed.or(invocation::zone).orElse(VenueTime.ZONE);
    Reply.Builder reply =
        Reply.ok()
            .title(
                "Digest "
                    + frequency.word()
                    + ": "
                    + frequency.when()
                    + " "
                    + TimeFormat.zoneName(zone)
                    + " time, "
                    + target.where()
                    + ".")
            .line(
                "It lists the meetings of the coming "
                    + (frequency == Frequency.WEEKLY ? "week" : "day")
                    + " and what changed since the last one; nothing is sent when there is nothing"
                    + " to say.");
    if (!here && invocation.zone().isEmpty()) {
      reply.line("Set your zone with `tz` (e.g. `tz Geneva`) to get it at 08:00 your time.");
    }
    return reply.line("Stop it with `digest off`.").build();
  }

  @Override
  public Reply stopDigest(Invocation invocation, boolean here) {
    Target target = new Target("off", Optional.empty(), here);
    boolean had = store.remove(target.recipient(invocation));
    return Reply.ok()
        .title(had ? "Digest stopped " + target.where() + "." : "There was no digest to stop.")
        .line("Start one again with `digest weekly` or `digest daily`.")
        .build();
  }

  /** The frequency {@code word} names, or one line saying what to try. */
  static Frequency frequency(String word, String tryThese) {
    return Frequency.fromWord(word)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "\"" + word + "\" is not a digest I send — try " + tryThese + "."));
  }

  private Reply current(Recipient recipient, Target target) {
    Optional<DigestSubscription> found = store.of(recipient);
    if (found.isEmpty()) {
      return Reply.ok()
          .title(target.here() ? "This channel gets no digest." : "You get no digest.")
          .line("Start one with `digest weekly` or `digest daily`.")
          .build();
    }
    DigestSubscription digest = found.get();
    Reply.Builder reply =
        Reply.ok()
            .title(
                (target.here() ? "This channel gets the " : "You get the ")
                    + digest.frequency().word()
                    + " digest, "
                    + digest.frequency().when()
                    + digest
                        .zone()
                        .map(zone -> " " + TimeFormat.zoneName(zone) + " time.")
                        .orElse(" your time."));
    digest
        .pausedBecause()
        .ifPresent(
            reason ->
                reply.line(
                    "PAUSED: delivery was refused ("
                        + reason
                        + "); `digest "
                        + digest.frequency().word()
                        + "` starts it again."));
    return reply.line("Stop it with `digest off`.").build();
  }
}
