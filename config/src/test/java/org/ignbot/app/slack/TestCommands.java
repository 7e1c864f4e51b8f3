package org.ignbot.app.slack;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.admin.DiscardLetter;
import org.ignbot.core.command.admin.PublishLetter;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.ScheduleRepository;

/**
 * Commands that stand in, in these tests, for the ones other parts of the bot add (ics, import,
 * confirm, for admins as theirs are) and that let a test see what ran: who asked, whether anything
 * ran at all, a slow answer.
 */
final class TestCommands {
  final AtomicInteger runs = new AtomicInteger();
  volatile CountDownLatch slowGate = new CountDownLatch(1);
  volatile List<Attachment> lastFiles = List.of();

  List<Command> all(ScheduleRepository schedules) {
    return List.of(
        command("count", i -> Reply.ok().line("counted " + runs.incrementAndGet()).build()),
        command("whoami", i -> Reply.ok().line(who(i)).build()),
        command(
            "announce",
            i ->
                Reply.ok()
                    .line("Posted for everyone here.")
                    .visibility(Reply.Visibility.PUBLIC)
                    .build()),
        command(
            "ics",
            i ->
                Reply.ok()
                    .line("Your calendar file; subscribe to the feed: https://ign.example/feed.ics")
                    .attach(
                        new Attachment(
                            "ign-" + i.arguments() + ".ics",
                            "text/calendar",
                            "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
                                .getBytes(StandardCharsets.UTF_8)))
                    .build()),
        command(
            "slow",
            i -> {
              try {
                slowGate.await(20, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return Reply.ok().line("Done slowly.").build();
            }),
        command(
            "long",
            i -> {
              Reply.Builder reply = Reply.ok().title("Everything");
              for (int n = 0; n < 80; n++) {
                reply.line(("line " + n + " ").repeat(20));
              }
              schedules.current().all().forEach(reply::card);
              schedules.current().all().forEach(reply::card);
              schedules.current().all().forEach(reply::card);
              schedules.current().all().forEach(reply::card);
              schedules.current().all().forEach(reply::card);
              schedules.current().all().forEach(reply::card);
              schedules.current().all().forEach(reply::card);
              return reply.build();
            }),
        command(
            "import",
            i -> {
              lastFiles = i.files();
              if (i.files().isEmpty()) {
                return Reply.error("Attach the letter, or paste its text after `import`.");
              }
              Attachment file = i.files().get(0);
              return Reply.ok()
                  .title("Preview of " + file.fileName())
                  .line(
                      new String(file.content(), StandardCharsets.UTF_8)
                          .lines()
                          .findFirst()
                          .orElse(""))
                  .action("Publish", ActionRequest.of(ActionRequest.Kind.PUBLISH))
                  .action("Discard", ActionRequest.of(ActionRequest.Kind.DISCARD))
                  .build();
            }),
        admin(
            "confirm",
            PublishLetter.class,
            i -> Reply.ok().line("Published for " + who(i)).build(),
            run -> run::apply),
        admin(
            "discard",
            DiscardLetter.class,
            i -> Reply.ok().line("Discarded.").build(),
            run -> run::apply));
  }

  /** Who asked, and where: "T0/U1 admin=false channel=C0". */
  private static String who(Invocation i) {
    return i.asker().user().workspace()
        + "/"
        + i.asker().user().userId()
        + " admin="
        + i.asker().admin()
        + " channel="
        + i.asker().channel().orElse("-");
  }

  /**
   * An admin command that offers its button's typed use case {@code useCase} (and no other),
   * answered as its text is.
   */
  private static <T> Command admin(
      String name,
      Class<T> useCase,
      Function<Invocation, Reply> run,
      Function<Function<Invocation, Reply>, T> typed) {
    Command text = command(name, true, run);
    T offered = typed.apply(run);
    return new Command() {
      @Override
      public CommandSpec spec() {
        return text.spec();
      }

      @Override
      public Reply run(Invocation invocation) {
        return text.run(invocation);
      }

      @Override
      public <U> Optional<U> offers(Class<U> asked) {
        return asked == useCase ? Command.offered(offered, asked) : Optional.empty();
      }
    };
  }

  private static Command command(String name, Function<Invocation, Reply> run) {
    return command(name, false, run);
  }

  private static Command command(String name, boolean admin, Function<Invocation, Reply> run) {
    CommandSpec.Builder spec = CommandSpec.command(name).summary("test command " + name);
    CommandSpec built = admin ? spec.adminOnly().build() : spec.build();
    return new Command() {
      @Override
      public CommandSpec spec() {
        return built;
      }

      @Override
      public Reply run(Invocation invocation) {
        return run.apply(invocation);
      }
    };
  }
}
