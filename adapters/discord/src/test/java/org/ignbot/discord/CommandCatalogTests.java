package org.ignbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.CommandSpecs;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.command.subscription.SubscriptionCommands;
import org.ignbot.core.digest.InMemoryDigestStore;
import org.ignbot.core.remind.InMemorySubscriptionStore;
import org.ignbot.core.remind.Replanner;
import org.junit.jupiter.api.Test;

class CommandCatalogTests {
  private final CommandEngine engine = engineWithSubscriptions();
  private final CommandCatalog catalog = new CommandCatalog(engine.specs());

  @Test
  void optionsBecomeTheCommandTextTheCoreReads() {
    CommandCatalog.Subcommand subscribe = catalog.find("ign", "subscribe").orElseThrow();

    assertThat(subscribe.text(Map.of("lead", "1d 2h", "cluster", "veto", "here", "true")))
        .isEqualTo("subscribe 1d 2h topic veto here");
    assertThat(subscribe.text(Map.of("here", "false"))).isEqualTo("subscribe");
    assertThat(catalog.find("ign", "topic").orElseThrow().text(Map.of("cluster", "size-methods")))
        .isEqualTo("topic size-methods");
    assertThat(catalog.find("ign", "forget").orElseThrow().text(Map.of())).isEqualTo("forget me");
  }

  @Test
  void everyCommandTheEngineHasIsOfferedAndNoOther() {
    assertThat(catalog.subcommands())
        .extracting(CommandCatalog.Subcommand::name)
        .containsExactlyElementsOf(engine.specs().stream().map(CommandSpec::name).toList())
        .contains("next", "subscribe", "tz", "help", "cancel");
    assertThat(
            new CommandCatalog(TestBot.engine(TestBot.repository()).specs())
                .find("ign", "subscribe"))
        .isEmpty();
  }

  @Test
  void adminSubcommandsLiveOnlyUnderTheAdminCommand() {
    assertThat(catalog.find("ign", "cancel")).isEmpty();
    assertThat(catalog.find("ign-admin", "cancel")).isPresent();
    assertThat(catalog.commands()).extracting(c -> c.getName()).containsExactly("ign", "ign-admin");
  }

  @Test
  void aFormForEveryoneOfAnAdminCommandIsListedWhereEveryoneCanRunIt() {
    CommandSpec confirm = CommandSpecs.confirmWithEmailForm(true);
    CommandCatalog withMail = new CommandCatalog(List.of(confirm));

    assertThat(withMail.find("ign-admin", "confirm").orElseThrow().text(Map.of()))
        .isEqualTo("confirm");
    assertThat(withMail.find("ign", "confirm")).isEmpty();
    assertThat(
            withMail.find("ign", "confirm-email").orElseThrow().text(Map.of("code", "K7QF-M2XD")))
        .isEqualTo("confirm email K7QF-M2XD");
    assertThat(subcommand(withMail, "ign", "confirm-email").getOptions())
        .extracting(OptionData::getName)
        .containsExactly("code");
    // What the listener asks the engine before anything else: the form's words, without options.
    assertThat(withMail.find("ign", "confirm-email").orElseThrow().form())
        .isEqualTo("confirm email");
    assertThat(withMail.find("ign-admin", "confirm").orElseThrow().form()).isEqualTo("confirm");
  }

  @Test
  void anUnlistedFormIsNotOffered() {
    CommandSpec confirm = CommandSpecs.confirmWithEmailForm(false);

    assertThat(new CommandCatalog(List.of(confirm)).subcommands())
        .extracting(CommandCatalog.Subcommand::name)
        .containsExactly("confirm");
  }

  @Test
  void theOptionsAreMadeFromTheCommandsDescriptions() {
    SubcommandData subscribe = subcommand(catalog, "ign", "subscribe");

    assertThat(subscribe.getDescription())
        .startsWith("A reminder before each sitting (default 1 day and 1 h before), by direct")
        .endsWith("…")
        .hasSize(100);
    assertThat(subscribe.getOptions())
        .extracting(OptionData::getName, OptionData::getType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lead", OptionType.STRING),
            org.assertj.core.groups.Tuple.tuple("cluster", OptionType.STRING),
            org.assertj.core.groups.Tuple.tuple("here", OptionType.BOOLEAN));
    assertThat(subscribe.getOptions().get(1).getChoices()).hasSize(5);
    OptionData count = subcommand(catalog, "ign", "schedule").getOptions().get(0);
    assertThat(count.getType()).isEqualTo(OptionType.INTEGER);
    assertThat(count.getMaxValue()).isEqualTo(20L);
    assertThat(subcommand(catalog, "ign", "forget").getOptions()).isEmpty();
    assertThat(subcommand(catalog, "ign-admin", "import").getOptions())
        .extracting(OptionData::getType)
        .containsExactly(OptionType.ATTACHMENT, OptionType.STRING);
  }

  @Test
  void changingACommandsDescriptionChangesItsDiscordSubcommand() {
    CommandSpec before =
        CommandSpec.command("digest")
            .summary("a weekly digest")
            .parameters(
                Parameter.optional("weeks", Parameter.Type.NUMBER, "How many").between(1, 4))
            .build();
    CommandSpec after =
        CommandSpec.command("digest")
            .summary("a daily digest")
            .parameters(
                Parameter.optional("days", Parameter.Type.NUMBER, "How many days").between(1, 7),
                Parameter.optional("cluster", Parameter.Type.CLUSTER, "One cluster").after("topic"))
            .adminOnly()
            .build();

    SubcommandData was = subcommand(new CommandCatalog(List.of(before)), "ign", "digest");
    CommandCatalog changed = new CommandCatalog(List.of(after));
    SubcommandData now = subcommand(changed, "ign-admin", "digest");

    assertThat(was.getDescription()).isEqualTo("A weekly digest");
    assertThat(was.getOptions()).extracting(OptionData::getName).containsExactly("weeks");
    assertThat(was.getOptions().get(0).getMaxValue()).isEqualTo(4L);
    assertThat(now.getDescription()).isEqualTo("A daily digest");
    assertThat(now.getOptions()).extracting(OptionData::getName).containsExactly("days", "cluster");
    assertThat(now.getOptions().get(0).getMaxValue()).isEqualTo(7L);
    assertThat(changed.find("ign", "digest")).isEmpty();
    assertThat(changed.find("ign-admin", "digest").orElseThrow().text(Map.of("cluster", "veto")))
        .isEqualTo("digest topic veto");
  }

  @Test
  void buttonIdsCarryTheGuildAndTheCommand() {
    String id = ButtonId.of("600", "ics 2024-11-19");

    assertThat(ButtonId.parse(id)).contains(new ButtonId("600", "ics 2024-11-19"));
    assertThat(ButtonId.parse("someone-else|x")).isEmpty();
    assertThat(ButtonId.parse("ign||next")).isEmpty();
  }

  private static SubcommandData subcommand(CommandCatalog catalog, String command, String name) {
    return catalog.commands().stream()
        .filter(c -> c.getName().equals(command))
        .map(SlashCommandData::getSubcommands)
        .flatMap(List::stream)
        .filter(sub -> sub.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static CommandEngine engineWithSubscriptions() {
    InMemoryUserSettings settings = new InMemoryUserSettings();
    CommandEngine read = TestBot.engine(TestBot.repository());
    List<org.ignbot.core.command.Command> commands = new ArrayList<>(read.commands());
    commands.removeIf(command -> command.spec().name().equals("help"));
    commands.addAll(
        SubscriptionCommands.create(
            new InMemorySubscriptionStore(),
            settings,
            Replanner.NONE,
            List.of(Duration.ofDays(1), Duration.ofHours(1)),
            TestBot.repository(),
            new InMemoryDigestStore()));
    return new CommandEngine(commands, TestBot.CLOCK, settings);
  }
}
