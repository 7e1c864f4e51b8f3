package org.ignbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.Fixtures.clockAt;
import static org.ignbot.core.Fixtures.plenary;

import java.util.List;
import org.ignbot.core.reply.Action;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandEngineTests {
  private final Bot bot =
      new Bot(clockAt("2024-11-18T12:00"), plenary("2024-11-19", Cluster.CATEGORIES));

  @ParameterizedTest
  @ValueSource(
      strings = {"/ign next", "next", "  NEXT  ", "/IGN   next", "/ign\tnext", "next\u200b"})
  void understandsACommandWithOrWithoutThePrefix(String text) {
    Reply reply = bot.reply(text);
    assertThat(reply.isError()).isFalse();
    assertThat(reply.title()).isEqualTo("Next IGN meeting");
  }

  @Test
  void suggestsTheCommandMeantForATypo() {
    Reply reply = bot.reply("/ign nxt");
    assertThat(reply.isError()).isTrue();
    assertThat(reply.lines())
        .containsExactly("I don't know \"nxt\" — did you mean `next`? Type `help` for the list.");
  }

  @Test
  void pointsToHelpForAWordFarFromAnyCommand() {
    assertThat(bot.reply("subscribe").lines())
        .containsExactly("I don't know \"subscribe\". Type `help` for what I can do.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "/ign", "/ign   ", "\n\t"})
  void asksForACommandWhenThereIsNone(String text) {
    assertThat(bot.reply(text).lines())
        .containsExactly("Type a command: try `next`, or `help` for the list.");
  }

  @Test
  void refusesTextTooLongToBeACommand() {
    Reply reply = bot.reply("next " + "x".repeat(10_000));
    assertThat(reply.isError()).isTrue();
    assertThat(reply.lines())
        .singleElement()
        .asString()
        .startsWith("That is 10005 characters; commands are short.");
  }

  @Test
  void answersNonLatinTextWithOneLine() {
    Reply reply = bot.reply("متى الاجتماع القادم؟");
    assertThat(reply.isError()).isTrue();
    assertThat(reply.lines()).singleElement().asString().contains("Type `help`");
  }

  @Test
  void turnsACommandFailureIntoOnePoliteLine() {
    Command broken =
        new Command() {
          @Override
          public CommandSpec spec() {
            return CommandSpec.command("broken").usage("broken").summary("fails").build();
          }

          @Override
          public Reply run(Invocation invocation) {
            throw new IllegalStateException("boom");
          }
        };
    CommandEngine engine =
        new CommandEngine(List.of(broken), clockAt("2024-11-18T12:00"), new InMemoryUserSettings());
    Reply reply = engine.handle(Asker.terminalOperator(), "broken");
    assertThat(reply.lines())
        .containsExactly(
            "Something went wrong on my side answering `broken`; it is logged. Please try again.");
  }

  @Test
  void dropsActionsWhoseCommandIsNotAvailable() {
    // "Add to calendar" (ics) and "Remind me" (subscribe) come with later features.
    assertThat(bot.reply("next").actions())
        .extracting(Action::commandName)
        .doesNotContain("ics", "subscribe");
  }

  @Test
  void helpListsOnlyTheRegisteredCommands() {
    String help = bot.ask("help");
    assertThat(help)
        .contains(
            "next",
            "schedule [N]",
            "on <date>",
            "topic <cluster or words>",
            "meeting <id>",
            "clusters",
            "about <subject>",
            "tz [zone]",
            "help [command]")
        .doesNotContainPattern("(?m)^\\s+(subscribe|import|ics)\\b");
  }

  @Test
  void helpPutsALongUsageOnItsOwnLineSoSummariesLineUp() {
    Command longUsage =
        new Command() {
          @Override
          public CommandSpec spec() {
            return CommandSpec.command("ics")
                .usage("ics [<id> | all | topic <cluster>]")
                .summary("an .ics file")
                .build();
          }

          @Override
          public Reply run(Invocation invocation) {
            return Reply.ok().build();
          }
        };
    CommandEngine engine =
        new CommandEngine(
            List.of(longUsage), clockAt("2024-11-18T12:00"), new InMemoryUserSettings());
    assertThat(engine.handle(Asker.terminalOperator(), "help").lines())
        .containsSequence("  ics [<id> | all | topic <cluster>]", " ".repeat(31) + "an .ics file")
        .contains("  help [command]               what I can do, or how to use one command");
  }

  @Test
  void helpExplainsOneCommand() {
    assertThat(bot.ask("help on")).contains("on <date>", "on 21 Nov", "on tomorrow");
    assertThat(bot.ask("help /ign tz")).contains("tz Europe/Vienna");
    assertThat(bot.reply("help nothing").lines())
        .containsExactly("There is no command \"nothing\". Type `help` for the list.");
  }

  @Test
  void refusesTwoCommandsWithOneWord() {
    CommandEngine engine = bot.engine;
    Command next = engine.commands().get(0);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new CommandEngine(
                    List.of(next, next), clockAt("2024-11-18T12:00"), new InMemoryUserSettings()))
        .hasMessageContaining("two commands answer to 'next'");
  }

  @Test
  void pastedTextReachesACommandWithItsLineBreaksAndNoControlCharacter() {
    java.util.concurrent.atomic.AtomicReference<String> seen =
        new java.util.concurrent.atomic.AtomicReference<>();
    Command paste =
        new Command() {
          @Override
          public CommandSpec spec() {
            return CommandSpec.command("paste")
                .usage("paste <text>")
                .summary("takes pasted text")
                .takesText()
                .build();
          }

          @Override
          public Reply run(Invocation invocation) {
            seen.set(invocation.arguments());
            return Reply.ok().line("pasted").build();
          }
        };
    CommandEngine engine =
        new CommandEngine(List.of(paste), clockAt("2024-11-18T12:00"), new InMemoryUserSettings());

    engine.handle(
        new Asker(new UserKey("test", "w1", "u1"), false),
        "paste Excellency,\u0000\r\nThe IGN\u000Bmeets\u2028on 19\u0085November\u001B.");

    assertThat(seen.get()).isEqualTo("Excellency,\nThe IGN\nmeets\non 19\nNovember.");
  }
}
