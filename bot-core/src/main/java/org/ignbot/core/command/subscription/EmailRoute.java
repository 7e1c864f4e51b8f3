package org.ignbot.core.command.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** A command whose arguments starting with {@code email} go to another command. */
final class EmailRoute implements Command {
  private final Command plain;
  private final Command email;
  private final boolean advertised;

  /**
   * @param advertised whether {@code help} shows the e-mail form (not while mail is off)
   */
  EmailRoute(Command plain, Command email, boolean advertised) {
    this.plain = plain;
    this.email = email;
    this.advertised = advertised;
  }

  @Override
  public String name() {
    return plain.name();
  }

  @Override
  public List<String> aliases() {
    return plain.aliases();
  }

  @Override
  public String usage() {
    return plain.usage();
  }

  @Override
  public String summary() {
    return plain.summary();
  }

  @Override
  public List<String> examples() {
    List<String> all = new ArrayList<>(plain.examples());
    if (!advertised) {
      return all;
    }
    all.add(email.usage() + ": " + email.summary());
    all.addAll(email.examples());
    return all;
  }

  @Override
  public boolean takesText() {
    return plain.takesText();
  }

  @Override
  public Reply run(Invocation invocation) {
    String[] words = invocation.arguments().split("\\s+", 2);
    if (!words[0].toLowerCase(Locale.ROOT).equals("email")) {
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
