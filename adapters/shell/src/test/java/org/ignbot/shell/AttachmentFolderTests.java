package org.ignbot.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentFolderTests {
  private static final byte[] INVITE =
      "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Совет\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path folder;

  private final CommandEngine engine =
      new CommandEngine(
          List.of(new FileCommand()),
          Clock.fixed(Instant.parse("2024-11-18T12:00:00Z"), ZoneOffset.UTC),
          new InMemoryUserSettings());

  @Test
  void chatWritesTheAttachedFileToTheFolderAndPrintsItsPath() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new TerminalChat(
            engine, new TextRenderer(), Asker.terminalOperator(), new AttachmentFolder(folder))
        .run(
            new BufferedReader(new StringReader("file 2024-11-19.ics\n")),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            false);

    Path saved = folder.resolve("2024-11-19.ics");
    assertThat(saved).hasBinaryContent(INVITE);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Here is your file.", "Saved 2024-11-19.ics: " + saved.toAbsolutePath());
    try (var leftovers = Files.list(folder)) {
      assertThat(leftovers).containsExactly(saved);
    }
  }

  @Test
  void aFileNameCannotLeaveTheFolder() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new OneShot(engine, new TextRenderer(), new AttachmentFolder(folder))
        .ask("file ../../etc/evil name.ics", new PrintStream(out), new PrintStream(out));

    assertThat(folder.resolve("evil-name.ics")).hasBinaryContent(INVITE);
    assertThat(AttachmentFolder.safeName("..hidden")).isEqualTo("hidden");
  }

  @Test
  void anUnwritableFolderIsOneLineNotAStackTrace() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new OneShot(engine, new TextRenderer(), new AttachmentFolder(folder.resolve("missing")))
        .ask("file a.ics", new PrintStream(out), new PrintStream(out));

    assertThat(out.toString()).contains("Could not save a.ics in").doesNotContain("\tat ");
  }

  @Test
  void printFileWritesOnlyTheFileToStandardOutput() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OneShot oneShot = new OneShot(engine, new TextRenderer(), new AttachmentFolder(folder));

    assertThat(oneShot.printFile(answer("file x.ics"), new PrintStream(out), new PrintStream(err)))
        .isZero();
    assertThat(out.toByteArray()).isEqualTo(INVITE);
    assertThat(oneShot.printFile(answer("nonsense"), new PrintStream(out), new PrintStream(err)))
        .isEqualTo(OneShot.ERROR_STATUS);
    assertThat(err.toString()).contains("I don't know");
  }

  private Reply answer(String command) {
    return engine.handle(Asker.terminalOperator(), command);
  }

  /** Answers with a file of the name it is given. */
  private static final class FileCommand implements Command {
    @Override
    public CommandSpec spec() {
      return CommandSpec.command("file")
          .summary("a file")
          .parameters(Parameter.required("name", Parameter.Type.TEXT, "The file's name"))
          .build();
    }

    @Override
    public Reply run(Invocation invocation) {
      return Reply.ok()
          .line("Here is your file.")
          .attach(new Attachment(invocation.arguments(), "text/calendar", INVITE))
          .build();
    }
  }
}
