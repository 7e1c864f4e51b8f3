package org.ignbot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.schedule.Cluster;

/**
 * The subcommands of {@code /ign} and {@code /ign-admin}, made from the core's command descriptions
 * ({@link CommandSpec}): what Discord shows (typed options, cluster choices, autocomplete) and how
 * a filled-in subcommand reads as the command text the core understands. Discord sets default
 * permissions per command, not per subcommand, so the admin subcommands live under their own
 * command.
 */
final class CommandCatalog {
  static final String COMMAND = "ign";
  static final String ADMIN_COMMAND = "ign-admin";

  /** Discord's limit on a string option; a pasted letter longer than this needs the file option. */
  static final int MAX_TEXT = 6000;

  /** The most a typed value (a date, words, lead times) may be. */
  static final int MAX_WORDS = 200;

  /** Discord's limit on a description. */
  private static final int MAX_DESCRIPTION = 100;

  /**
   * One subcommand, from one command's description or one of its listed forms ({@code
   * confirm-email} for {@code confirm email <code>}).
   */
  record Subcommand(String name, CommandSpec spec) {

    boolean admin() {
      return spec.adminOnly();
    }

    /** Personal answers are only shown to the asker. */
    boolean personal() {
      return !spec.shared();
    }

    /** Whether the subcommand has an option called {@code name}. */
    boolean hasOption(String name) {
      return spec.parameter(name).filter(Parameter::isInput).isPresent();
    }

    /**
     * "confirm email" for {@code confirm-email}, "confirm" for {@code confirm}: the command and the
     * form's word, whose access the engine checks before any option is read.
     */
    String form() {
      return spec.name() + name.substring(spec.name().length()).replace('-', ' ');
    }

    /** "subscribe 1d topic veto here": the name, then each given option's words in order. */
    String text(Map<String, String> values) {
      StringBuilder text = new StringBuilder(spec.name());
      for (Parameter parameter : spec.parameters()) {
        String value = values.get(parameter.name());
        if (parameter.isInput() && (value == null || value.isBlank())) {
          continue;
        }
        String words = parameter.words(value);
        if (!words.isEmpty()) {
          text.append(' ').append(words);
        }
      }
      return text.toString();
    }
  }

  private final List<Subcommand> available;

  /**
   * One subcommand for each command the engine has, in its order, and one for each listed form of
   * it, under {@code /ign} or {@code /ign-admin} as the form's own access says.
   */
  CommandCatalog(List<CommandSpec> specs) {
    List<Subcommand> all = new ArrayList<>();
    for (CommandSpec spec : specs) {
      all.add(new Subcommand(spec.name(), spec));
      for (CommandSpec.SubCommand form : spec.subCommands()) {
        if (form.listed()) {
          all.add(new Subcommand(spec.name() + "-" + form.word(), form.spec()));
        }
      }
    }
    this.available = List.copyOf(all);
  }

  List<Subcommand> subcommands() {
    return available;
  }

  Optional<Subcommand> find(String command, String subcommand) {
    boolean admin = ADMIN_COMMAND.equals(command);
    if (!admin && !COMMAND.equals(command)) {
      return Optional.empty();
    }
    return available.stream()
        .filter(sub -> sub.admin() == admin && sub.name().equals(subcommand))
        .findFirst();
  }

  /** {@code /ign} for everyone, {@code /ign-admin} for members who may manage events. */
  List<SlashCommandData> commands() {
    List<SlashCommandData> commands = new ArrayList<>();
    List<SubcommandData> open = data(sub -> !sub.admin());
    if (!open.isEmpty()) {
      commands.add(
          Commands.slash(COMMAND, "The IGN (Security Council reform) schedule and reminders")
              .setContexts(InteractionContextType.GUILD)
              .addSubcommands(open));
    }
    List<SubcommandData> admin = data(Subcommand::admin);
    if (!admin.isEmpty()) {
      commands.add(
          Commands.slash(ADMIN_COMMAND, "IGN Bot admin: letters and corrections")
              .setContexts(InteractionContextType.GUILD)
              .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_EVENTS))
              .addSubcommands(admin));
    }
    return commands;
  }

  private List<SubcommandData> data(Predicate<Subcommand> which) {
    List<SubcommandData> data = new ArrayList<>();
    for (Subcommand sub : available) {
      if (which.test(sub)) {
        SubcommandData subcommand =
            new SubcommandData(sub.name(), description(capitalised(sub.spec().summary())));
        for (Parameter parameter : sub.spec().parameters()) {
          if (parameter.isInput()) {
            subcommand.addOptions(option(parameter, sub));
          }
        }
        data.add(subcommand);
      }
    }
    return data;
  }

  /** Discord's input for a parameter of each type. */
  private OptionData option(Parameter parameter, Subcommand owner) {
    String description =
        description(
            parameter.description().isBlank() ? parameter.label() : parameter.description());
    boolean required = parameter.required();
    return switch (parameter.type()) {
      case NUMBER -> {
        OptionData option =
            new OptionData(OptionType.INTEGER, parameter.name(), description, required);
        yield parameter.max() == Integer.MAX_VALUE
            ? option
            : option.setRequiredRange(parameter.min(), parameter.max());
      }
      case FLAG -> new OptionData(OptionType.BOOLEAN, parameter.name(), description, required);
      case FILE -> new OptionData(OptionType.ATTACHMENT, parameter.name(), description, required);
      case LETTER ->
          new OptionData(OptionType.STRING, parameter.name(), description, required)
              .setMaxLength(MAX_TEXT);
      case ZONE, MEETING_ID ->
          new OptionData(OptionType.STRING, parameter.name(), description, required)
              .setAutoComplete(true);
      case CLUSTER -> {
        OptionData option =
            new OptionData(OptionType.STRING, parameter.name(), description, required);
        for (Cluster cluster : Cluster.values()) {
          option.addChoice(shortName(cluster), cluster.key());
        }
        yield option;
      }
      case COMMAND -> {
        OptionData option =
            new OptionData(OptionType.STRING, parameter.name(), description, required);
        available.stream()
            .map(sub -> sub.spec().name())
            .distinct()
            .filter(name -> !name.equals(owner.name()))
            .limit(OptionData.MAX_CHOICES)
            .forEach(name -> option.addChoice(name, name));
        yield option;
      }
      default ->
          new OptionData(OptionType.STRING, parameter.name(), description, required)
              .setMaxLength(MAX_WORDS);
    };
  }

  private static String description(String text) {
    return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Choice names are at most 100 characters; the official names are longer. */
  private static String shortName(Cluster cluster) {
    return description(cluster.officialName());
  }
}
