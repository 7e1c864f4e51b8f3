package org.ignbot.core.command;

/** Command descriptions for tests of what is made from them. */
public final class CommandSpecs {
  private CommandSpecs() {}

  /**
   * The admins' {@code confirm} with the form {@code confirm email <code>} for everyone, listed or
   * not.
   */
  public static CommandSpec confirmWithEmailForm(boolean listed) {
    return CommandSpec.command("confirm")
        .summary("publish the letter you previewed")
        .adminOnly()
        .build()
        .withSubCommand(
            "email",
            CommandSpec.command("confirm")
                .summary("start the invitations to an address")
                .parameters(
                    Parameter.required("code", Parameter.Type.TEXT, "The code").after("email"))
                .build(),
            listed);
  }
}
