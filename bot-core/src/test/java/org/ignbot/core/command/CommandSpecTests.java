package org.ignbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ignbot.core.Fixtures.clockAt;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;

class CommandSpecTests {
  private static final CommandSpec SUBSCRIBE =
      CommandSpec.command("subscribe")
          .summary("reminders")
          .parameters(
              Parameter.optional("lead", Parameter.Type.LEAD_TIMES, "Lead times")
                  .labelled("lead times"),
              Parameter.optional("cluster", Parameter.Type.CLUSTER, "A cluster").after("topic"),
              Parameter.flag("here", "In this channel"))
          .build();

  @Test
  void theUsageIsMadeFromTheParameters() {
    assertThat(SUBSCRIBE.usage()).isEqualTo("subscribe [lead times] [topic <cluster>] [here]");
    assertThat(
            CommandSpec.command("move")
                .summary("move")
                .parameters(
                    Parameter.required("id", Parameter.Type.MEETING_ID, "The meeting"),
                    Parameter.required("date", Parameter.Type.DATE, "The day"),
                    Parameter.optional("times", Parameter.Type.TIMES, "Times"))
                .build()
                .usage())
        .isEqualTo("move <id> <date> [times]");
    assertThat(
            CommandSpec.command("forget")
                .summary("forget")
                .parameters(Parameter.word("me"))
                .build()
                .usage())
        .isEqualTo("forget me");
  }

  @Test
  void typedValuesBecomeTheWordsOfTheCommandText() {
    Parameter cluster = SUBSCRIBE.parameter("cluster").orElseThrow();
    Parameter here = SUBSCRIBE.parameter("here").orElseThrow();

    assertThat(cluster.words("veto")).isEqualTo("topic veto");
    assertThat(cluster.words(" ")).isEmpty();
    assertThat(here.words("true")).isEqualTo("here");
    assertThat(here.words("false")).isEmpty();
    assertThat(Parameter.optional("file", Parameter.Type.FILE, "A file").words("x.pdf")).isEmpty();
  }

  @Test
  void refusesADescriptionThatCouldNotBeOffered() {
    assertThatThrownBy(() -> CommandSpec.command("Next").summary("x").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CommandSpec.command("next").build())
        .hasMessageContaining("needs a summary");
    assertThatThrownBy(
            () ->
                CommandSpec.command("next")
                    .summary("x")
                    .parameters(
                        Parameter.flag("here", "a"),
                        Parameter.optional("here", Parameter.Type.TEXT, "b"))
                    .build())
        .hasMessageContaining("names a parameter twice");
  }

  @Test
  void helpListsEveryCommandFromItsDescriptionAdminsMarked() {
    CommandSpec purge =
        CommandSpec.command("purge")
            .summary("drop the history")
            .parameters(Parameter.required("id", Parameter.Type.MEETING_ID, "The meeting"))
            .adminOnly()
            .build();
    CommandEngine engine =
        new CommandEngine(
            List.of(command(SUBSCRIBE, new AtomicBoolean()), command(purge, new AtomicBoolean())),
            clockAt("2024-11-18T12:00"),
            new InMemoryUserSettings());

    List<String> help = engine.handle(Asker.terminalOperator(), "help").lines();

    for (CommandSpec spec : engine.specs()) {
      assertThat(String.join("\n", help)).contains(spec.usage()).contains(spec.helpSummary());
    }
    assertThat(help)
        .contains(String.format("  %-28s %s", "purge <id>", "admins: drop the history"));
    assertThat(engine.handle(Asker.terminalOperator(), "help purge").lines())
        .startsWith("Admins: drop the history.");
  }

  @Test
  void theEngineRunsAnAdminCommandOnlyForAdmins() {
    AtomicBoolean ran = new AtomicBoolean();
    CommandSpec purge = CommandSpec.command("purge").summary("drop it").adminOnly().build();
    CommandEngine engine =
        new CommandEngine(
            List.of(command(purge, ran)), clockAt("2024-11-18T12:00"), new InMemoryUserSettings());

    Reply refused = engine.handle(new Asker(new UserKey("slack", "T1", "U1"), false), "purge");

    assertThat(refused.isError()).isTrue();
    assertThat(refused.lines())
        .containsExactly(
            "Sorry, `purge` is for the bot's admins. Ask an admin, or try `next` or `schedule`.");
    assertThat(ran).isFalse();
    assertThat(engine.handle(Asker.terminalOperator(), "purge").isError()).isFalse();
    assertThat(ran).isTrue();
  }

  private static Command command(CommandSpec spec, AtomicBoolean ran) {
    return new Command() {
      @Override
      public CommandSpec spec() {
        return spec;
      }

      @Override
      public Reply run(Invocation invocation) {
        ran.set(true);
        return Reply.ok().title(spec.name() + " ran").build();
      }
    };
  }

  @Test
  void eachFormSaysWhoMayRunItAndTheCommandsOwnAccessCoversTheRest() {
    CommandSpec confirm = CommandSpecs.confirmWithEmailForm(true);

    assertThat(confirm.accessFor("")).isEqualTo(CommandSpec.Access.ADMIN);
    assertThat(confirm.accessFor("Email K7QF-M2XD")).isEqualTo(CommandSpec.Access.EVERYONE);
    assertThat(confirm.accessFor("emails")).isEqualTo(CommandSpec.Access.ADMIN);
    assertThat(confirm.subCommands())
        .singleElement()
        .satisfies(f -> assertThat(f.word()).isEqualTo("email"));
  }
}
