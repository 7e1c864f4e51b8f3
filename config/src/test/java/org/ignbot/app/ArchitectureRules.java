package org.ignbot.app;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;

/**
 * The dependency rules of the hexagon (docs/architecture.md): the core is plain Java and sees no
 * adapter; adapters see the core and no other adapter nor the application; each technology stays in
 * the adapter that is about it. {@link ArchitectureTests} checks them on the product, and {@link
 * ArchitectureRulesCanFailTests} shows each one catching a class that breaks it.
 */
final class ArchitectureRules {
  private static final String[] ADAPTERS = {
    "org.ignbot.shell..",
    "org.ignbot.web..",
    "org.ignbot.store..",
    "org.ignbot.scheduler..",
    "org.ignbot.slack..",
    "org.ignbot.discord..",
    "org.ignbot.mail.."
  };

  static final ArchRule CORE_IS_PLAIN_JAVA =
      noClasses()
          .that()
          .resideInAPackage("org.ignbot.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "com.slack..",
              "net.dv8tion..",
              "jakarta.servlet..",
              "jakarta.mail..",
              "javax.servlet..",
              "java.sql..",
              "org.flywaydb..",
              "com.github.kagkarlsson..")
          .because(
              "bot-core is plain Java; adapters and config hold the framework and platform code");

  static final ArchRule CORE_SEES_NO_ADAPTER =
      noClasses()
          .that()
          .resideInAPackage("org.ignbot.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(concat(ADAPTERS, "org.ignbot.app.."))
          .because("the core defines ports; adapters implement them");

  static final ArchRule ADAPTERS_SEE_ONLY_THE_CORE =
      CompositeArchRule.of(adapter("shell"))
          .and(adapter("web"))
          .and(adapter("store"))
          .and(adapter("scheduler"))
          .and(adapter("slack"))
          .and(adapter("discord"))
          .and(adapter("mail"));

  static final ArchRule JDA_ONLY_IN_DISCORD = only("net.dv8tion..", "org.ignbot.discord..");

  static final ArchRule BOLT_ONLY_IN_SLACK = only("com.slack..", "org.ignbot.slack..");

  static final ArchRule DB_SCHEDULER_ONLY_IN_SCHEDULER =
      only("com.github.kagkarlsson..", "org.ignbot.scheduler..");

  static final ArchRule JAKARTA_MAIL_ONLY_IN_MAIL = only("jakarta.mail..", "org.ignbot.mail..");

  static final ArchRule MIGRATIONS_ONLY_IN_STORE = only("org.flywaydb..", "org.ignbot.store..");

  /**
   * SQL stays in the store, in the scheduler adapter (db-scheduler's own table) and in the Slack
   * adapter's own installation tables (Jdbc*).
   */
  static final ArchRule SQL_ONLY_IN_STORES =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "org.ignbot.store..", "org.ignbot.scheduler..", "org.ignbot.app..")
          .and()
          .haveSimpleNameNotStartingWith("Jdbc")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "org.springframework.jdbc..")
          .because("queries live in JDBC adapters; the rest of the bot speaks in ports");

  /**
   * Inside the core, the domain (the schedule, reminders, notices, time) does not know the chat
   * commands: users and store failures live in {@code core.user} and {@code core.store}.
   */
  static final ArchRule DOMAIN_SEES_NO_COMMAND =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.ignbot.core.remind..",
              "org.ignbot.core.schedule..",
              "org.ignbot.core.time..",
              "org.ignbot.core.notify..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.ignbot.core.command..")
          .because("commands drive the domain, never the other way round");

  /** The schedule and time are data and rules; replies are made from them elsewhere. */
  static final ArchRule SCHEDULE_AND_TIME_SEE_NO_REPLY =
      noClasses()
          .that()
          .resideInAnyPackage("org.ignbot.core.schedule..", "org.ignbot.core.time..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.ignbot.core.reply..")
          .because("presentation is built from the schedule, not inside it");

  /**
   * Reminders and notices are sent as a {@link Reply}, the one message type every {@code Messenger}
   * carries, and a notice quotes a meeting in its one-line form ({@link TextRenderer#line});
   * nothing else of the presentation (cards, views, actions, files) reaches them: each platform
   * styles the reply.
   */
  static final ArchRule NOTICES_SEE_ONLY_THE_REPLY_TYPE =
      noClasses()
          .that()
          .resideInAnyPackage("org.ignbot.core.remind..", "org.ignbot.core.notify..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.ignbot.core.reply..")
                  .and(not(belongToAnyOf(Reply.class, TextRenderer.class))))
          .because("a reminder is a Reply to send; how it looks is the messenger's business");

  /** Time formats spans of time ({@code TimeSpan}), not sittings: the schedule depends on time. */
  static final ArchRule TIME_SEES_NO_SCHEDULE =
      noClasses()
          .that()
          .resideInAPackage("org.ignbot.core.time..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.ignbot.core.schedule..")
          .because("dates, zones and clock formats are below the schedule");

  /**
   * The delivery rules (claim, send, late, drop, pause, retry, Retry-After) are the core's {@code
   * Delivery}: the store keeps its records, the scheduler runs it as messages fall due, the web
   * serves pages; none of them calls a messenger.
   */
  static final ArchRule DELIVERY_RULES_IN_THE_CORE =
      noClasses()
          .that()
          .resideInAnyPackage("org.ignbot.store..", "org.ignbot.scheduler..", "org.ignbot.web..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(Messenger.class)
          .because("sending is the core's Delivery's business, through the messengers it is given");

  /**
   * Settings are read once, into typed {@code @ConfigurationProperties} records in {@code config};
   * the core and the adapters are given those, and never read Spring's environment.
   */
  static final ArchRule SETTINGS_READ_ONLY_IN_CONFIG =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.ignbot.app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework.core.env..")
          .because("a setting read in two places is read two ways");

  /**
   * The classes where a platform's own command arrives as text: the terminal's lines and {@code
   * ask}, Slack's {@code /ign} and direct messages, Discord's subcommands (those without a typed
   * use case read as the command's words, from its description).
   */
  private static final Set<String> PLATFORM_COMMANDS =
      Set.of(
          "org.ignbot.shell.TerminalChat",
          "org.ignbot.shell.OneShot",
          "org.ignbot.slack.SlashCommands",
          "org.ignbot.slack.DirectMessages",
          "org.ignbot.discord.InteractionListener");

  /**
   * Only a platform's own command reaches the engine as text ({@code CommandEngine.handle}); a
   * form, a button, a dialog or the command line calls a typed use case ({@code perform}) with
   * typed values, so nothing builds command text for the engine to parse back.
   */
  static final ArchRule ENGINE_TEXT_ONLY_FROM_PLATFORM_COMMANDS =
      noClasses()
          .that(
              describe(
                  "do not take a platform's own command",
                  (JavaClass type) ->
                      !type.getName().equals(CommandEngine.class.getName())
                          && !PLATFORM_COMMANDS.contains(type.getName().replaceFirst("\\$.*", ""))))
          .should()
          .callMethod(CommandEngine.class, "handle", Asker.class, String.class)
          .orShould()
          .callMethod(CommandEngine.class, "handle", Asker.class, String.class, List.class)
          .because("a typed caller asks the core's typed use case, not command text it made");

  private ArchitectureRules() {}

  private static ArchRule adapter(String name) {
    String own = "org.ignbot." + name + "..";
    String[] others =
        Arrays.stream(ADAPTERS).filter(adapter -> !adapter.equals(own)).toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage(own)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(concat(others, "org.ignbot.app.."))
        .because("an adapter sees the core only; the application wires adapters together");
  }

  private static ArchRule only(String technology, String home) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(home)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(technology)
        .because(technology + " belongs to " + home + " alone");
  }

  private static String[] concat(String[] packages, String more) {
    String[] all = Arrays.copyOf(packages, packages.length + 1);
    all[packages.length] = more;
    return all;
  }
}
