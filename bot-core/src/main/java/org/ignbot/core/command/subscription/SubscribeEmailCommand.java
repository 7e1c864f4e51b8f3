package org.ignbot.core.command.subscription;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.MailSubscriptions;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.text.InvalidInputException;

/**
 * {@code subscribe email <address> [lead times] [topic <cluster>]}: calendar invitations to an
 * address, once it is confirmed; the lead times become the invitations' alarms.
 */
final class SubscribeEmailCommand implements Command, SubscribeByEmail {
  private final MailSubscriptions mail;
  private final List<Duration> defaults;

  SubscribeEmailCommand(MailSubscriptions mail, List<Duration> defaults) {
    this.mail = Objects.requireNonNull(mail);
    this.defaults = List.copyOf(defaults);
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("subscribe")
          .summary(
              "calendar invitations by e-mail that update themselves, alarms at the lead times")
          .parameters(
              Parameter.required("address", Parameter.Type.TEXT, "The e-mail address")
                  .after("email"),
              Parameter.optional("lead", Parameter.Type.LEAD_TIMES, "Lead times, e.g. 1d 1h"),
              Parameter.optional("cluster", Parameter.Type.CLUSTER, "Only meetings on this cluster")
                  .after("topic"))
          .usage("subscribe email <address> [lead times] [topic <cluster>]")
          .examples("subscribe email delegate@mission.example 1d 1h topic veto")
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    String[] words = invocation.arguments().split("\\s+", 2);
    if (words[0].isBlank()) {
      throw new InvalidInputException(
          "Which address? Try `subscribe email delegate@mission.example`.");
    }
    MailAddress address = MailAddress.parse(words[0]);
    Target target = Target.parse(words.length > 1 ? words[1] : "");
    if (target.here()) {
      throw new InvalidInputException(
          "`here` is for channels; invitations by e-mail go to the address you give.");
    }
    return subscribeByEmail(
        invocation,
        address,
        target.leadWords().isBlank() ? List.of() : LeadTimes.parse(target.leadWords()),
        target.cluster());
  }

  @Override
  public Reply subscribeByEmail(
      Invocation invocation,
      MailAddress address,
      List<Duration> leadTimes,
      Optional<Cluster> cluster) {
    List<Duration> leads = leadTimes.isEmpty() ? defaults : leadTimes;
    MailSubscriptions.Outcome outcome =
        mail.subscribe(invocation.asker().user(), address, cluster, leads, invocation.now());
    String what = cluster.map(c -> "meetings on " + c.officialName()).orElse("every IGN meeting");
    if (outcome == MailSubscriptions.Outcome.UPDATED) {
      return Reply.ok()
          .title("Updated: " + address + " gets invitations for " + what + ".")
          .line(
              "Invitations sent from now on carry alarms "
                  + LeadTimes.formatAll(leads)
                  + " before each sitting.")
          .build();
    }
    return Reply.ok()
        .title("Sent a confirmation to " + address + ".")
        .line(
            "Type `confirm email <code>` with the code in it, or open its link, within 24 hours;"
                + " until then nothing else goes to the address.")
        .line(
            "Then each sitting of "
                + what
                + " comes as a calendar invitation with alarms "
                + LeadTimes.formatAll(leads)
                + " before; moves and cancellations update it.")
        .build();
  }
}
