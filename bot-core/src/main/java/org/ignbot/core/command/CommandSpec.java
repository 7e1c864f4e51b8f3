package org.ignbot.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a command is, as data: the one description that {@code help}, each platform's command schema
 * (Discord's options) and the engine's admin check are made from.
 *
 * @param name the word that runs it: {@code next}, {@code on}
 * @param aliases other words that run it
 * @param usage how to call it: {@code on <date>}; made from the parameters unless a command says
 * @param summary one line on what it does, for {@code help} and Discord
 * @param examples examples and details, for {@code help <command>}
 * @param access who may run it
 * @param shared whether the answer is the same for everyone, fit to show in a channel; a personal
 *     answer (your zone, your subscriptions, an admin's preview) is shown to the asker alone
 * @param parameters what it takes after its word, in the order the text has them
 * @param takesText whether it takes a long text after its word, such as a pasted letter: the engine
 *     then passes that text on unchanged, line breaks and all, up to {@link
 *     CommandEngine#MAX_TEXT_LENGTH} characters
 * @param subCommands the forms chosen by the first word after the command's ({@code confirm email
 *     <code>}), each with its own description and so its own access
 */
public record CommandSpec(
    String name,
    List<String> aliases,
    String usage,
    String summary,
    List<String> examples,
    Access access,
    boolean shared,
    List<Parameter> parameters,
    boolean takesText,
    List<SubCommand> subCommands) {

  /**
   * A form of the command chosen by its first word, such as {@code email} in {@code confirm email
   * <code>}: its own description says who may run it.
   *
   * @param listed whether {@code help} and the platforms' command lists show it (a form that only
   *     says a feature is off is not listed)
   */
  public record SubCommand(String word, CommandSpec spec, boolean listed) {
    public SubCommand {
      Objects.requireNonNull(spec);
      if (!word.matches("[a-z][a-z0-9-]{0,31}")) {
        throw new IllegalArgumentException(
            "a sub-command word is a lower-case word: \"" + word + "\"");
      }
    }
  }

  /** Who may run a command. */
  public enum Access {
    EVERYONE,
    /** Only people on the admin list (and the terminal operator). */
    ADMIN
  }

  public CommandSpec {
    Objects.requireNonNull(name);
    Objects.requireNonNull(usage);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(access);
    aliases = List.copyOf(aliases);
    examples = List.copyOf(examples);
    parameters = List.copyOf(parameters);
    subCommands = List.copyOf(subCommands);
    if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException("a command name is a lower-case word: \"" + name + "\"");
    }
    if (summary.isBlank()) {
      throw new IllegalArgumentException("the command " + name + " needs a summary");
    }
    if (parameters.stream().map(Parameter::name).distinct().count() != parameters.size()) {
      throw new IllegalArgumentException("the command " + name + " names a parameter twice");
    }
  }

  /** Starts the description of the command {@code name}. */
  public static Builder command(String name) {
    return new Builder(name);
  }

  public boolean adminOnly() {
    return access == Access.ADMIN;
  }

  /**
   * Who may run the command with these arguments: the access of the form their first word picks.
   */
  public Access accessFor(String arguments) {
    String first = arguments.strip().split("\\s+", 2)[0];
    return subCommands.stream()
        .filter(sub -> sub.word().equalsIgnoreCase(first))
        .map(sub -> sub.spec().access())
        .findFirst()
        .orElse(access);
  }

  /** The same command with the form {@code word} added. */
  public CommandSpec withSubCommand(String word, CommandSpec spec, boolean listed) {
    List<SubCommand> all = new ArrayList<>(subCommands);
    all.add(new SubCommand(word, spec, listed));
    return with(summary, examples, all);
  }

  /** The same command with another summary and examples, its forms kept. */
  public CommandSpec describedAs(String summary, List<String> examples) {
    return with(summary, examples, subCommands);
  }

  private CommandSpec with(String summary, List<String> examples, List<SubCommand> forms) {
    return new CommandSpec(
        name, aliases, usage, summary, examples, access, shared, parameters, takesText, forms);
  }

  /** The summary as {@code help} lists it: an admin command says so first. */
  public String helpSummary() {
    return adminOnly() ? "admins: " + summary : summary;
  }

  /** The parameter called {@code name}, if the command has one. */
  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Builds a description; the usage is made from the parameters unless given. */
  public static final class Builder {
    private final String name;
    private final List<String> aliases = new ArrayList<>();
    private final List<String> examples = new ArrayList<>();
    private final List<Parameter> parameters = new ArrayList<>();
    private String usage;
    private String summary = "";
    private Access access = Access.EVERYONE;
    private boolean shared;
    private boolean takesText;

    private Builder(String name) {
      this.name = name;
    }

    public Builder aliases(String... aliases) {
      this.aliases.addAll(List.of(aliases));
      return this;
    }

    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    public Builder examples(String... examples) {
      this.examples.addAll(List.of(examples));
      return this;
    }

    public Builder parameters(Parameter... parameters) {
      this.parameters.addAll(List.of(parameters));
      return this;
    }

    /** Only for a usage the parameters cannot say, such as alternatives. */
    public Builder usage(String usage) {
      this.usage = usage;
      return this;
    }

    public Builder adminOnly() {
      this.access = Access.ADMIN;
      return this;
    }

    /** The answer is the same for everyone: a channel may see it. */
    public Builder shared() {
      this.shared = true;
      return this;
    }

    public Builder takesText() {
      this.takesText = true;
      return this;
    }

    public CommandSpec build() {
      String shown =
          usage != null
              ? usage
              : parameters.isEmpty()
                  ? name
                  : name
                      + " "
                      + parameters.stream().map(Parameter::usage).collect(Collectors.joining(" "));
      return new CommandSpec(
          name,
          aliases,
          shown,
          summary,
          examples,
          access,
          shared,
          parameters,
          takesText,
          List.of());
    }
  }
}
