package org.ignbot.core.command.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/**
 * A command whose arguments starting with {@code email} go to another command. The e-mail form is
 * for everyone even where the plain command is for admins ({@code confirm}): the plain command's
 * admin check is then made here, with the engine's words.
 */
final class EmailRoute implements Command {
  private final Command plain;
  private final Command email;
  private final CommandSpec spec;

  /**
   * @param advertised whether {@code help} shows the e-mail form (not while mail is off)
   */
  EmailRoute(Command plain, Command email, boolean advertised) {
    this.plain = plain;
    this.email = email;
    CommandSpec shown = plain.spec();
    List<String> examples = new ArrayList<>(shown.examples());
    if (advertised) {
      examples.add(email.spec().usage() + ": " + email.spec().summary());
      examples.addAll(email.spec().examples());
    }
    this.spec =
        new CommandSpec(
            shown.name(),
            shown.aliases(),
            shown.usage(),
            shown.helpSummary(),
            examples,
            CommandSpec.Access.EVERYONE,
            shown.shared(),
            shown.parameters(),
            shown.takesText());
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  @Override
  public Reply run(Invocation invocation) {
    String[] words = invocation.arguments().split("\\s+", 2);
    if (!words[0].toLowerCase(Locale.ROOT).equals("email")) {
      if (plain.spec().adminOnly() && !invocation.asker().admin()) {
        return CommandEngine.adminsOnly(plain.spec());
      }
      return plain.run(invocation);
    }
    return email.run(
        new Invocation(
            invocation.asker(),
            words.length > 1 ? words[1] : "",
            invocation.files(),
            invocation.now(),
            invocation.zone()));
  }
}
