package org.ignbot.core.command.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/**
 * A command whose arguments starting with {@code email} go to another command: its description has
 * the e-mail form as a sub-command, so that the engine checks each form's own access (the e-mail
 * form of the admins' {@code confirm} is for everyone).
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
        shown
            .describedAs(shown.summary(), examples)
            .withSubCommand("email", email.spec(), advertised);
  }

  @Override
  public CommandSpec spec() {
    return spec;
  }

  /**
   * The plain command's use cases, then the e-mail form's: a typed caller names the use case, not
   * the form.
   */
  @Override
  public <T> Optional<T> offers(Class<T> useCase) {
    return plain.offers(useCase).or(() -> email.offers(useCase));
  }

  /** The e-mail form's description for its own use cases: its access, not the plain command's. */
  @Override
  public CommandSpec specOffering(Class<?> useCase) {
    return plain.offers(useCase).isEmpty() && email.offers(useCase).isPresent()
        ? email.spec()
        : spec;
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
