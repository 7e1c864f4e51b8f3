package org.ignbot.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.InMemoryUserSettings;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.admin.ImportLetter;
import org.ignbot.core.command.read.ReadCommands;
import org.ignbot.core.knowledge.Knowledge;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} in the terminal: a file by its path, or a pasted letter ended by a lone dot. */
class TerminalImportTests {
  /** What the import was given: the pasted text, or the file's name and content. */
  private final List<String> imports = new ArrayList<>();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  /** Stands in for the letter import: records what its typed use case was given. */
  private final Command recordingImport = new RecordingImport();

  private final class RecordingImport implements Command, ImportLetter {
    @Override
    public CommandSpec spec() {
      return CommandSpec.command("import").summary("records the letter").takesText().build();
    }

    @Override
    public Reply run(Invocation invocation) {
      throw new AssertionError("the terminal hands a letter to the typed use case, not as text");
    }

    @Override
    public Reply importFile(Invocation call, Attachment file) {
      imports.add(file.fileName() + ": " + new String(file.content(), StandardCharsets.UTF_8));
      return Reply.ok().title("Preview of the letter").build();
    }

    @Override
    public Reply importText(Invocation call, String text) {
      imports.add(text);
      return Reply.ok().title("Preview of the letter").build();
    }
  }

  private String chat(String input) throws IOException {
    InMemoryUserSettings settings = new InMemoryUserSettings();
    List<Command> commands =
        new ArrayList<>(
            ReadCommands.create(
                new InMemoryScheduleRepository(Schedule.empty()),
                new Knowledge(List.of(), Map.of(), ""),
                settings));
    commands.add(recordingImport);
    CommandEngine engine =
        new CommandEngine(
            commands, Clock.fixed(Instant.parse("2024-11-18T17:00:00Z"), ZoneOffset.UTC), settings);
    new TerminalChat(engine, new TextRenderer(), Asker.terminalOperator())
        .run(new BufferedReader(new StringReader(input)), out, false);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aPastedLetterRunsToTheLoneDotAndNoLineOfItRunsAsACommand() throws IOException {
    String output = chat("import\nLetter from the Co-Chairs\nnext\nquit\n  .  \nclusters\n");

    assertThat(imports).containsExactly("Letter from the Co-Chairs\nnext\nquit");
    // "next" and "quit" were part of the letter; the chat went on to answer "clusters".
    assertThat(output)
        .doesNotContain("No IGN meeting is scheduled")
        .contains("The five key issues");
  }

  @Test
  void aPasteWithoutTheClosingDotImportsNothingAndSaysHow() throws IOException {
    String output = chat("import\nLetter from the Co-Chairs\n");

    assertThat(imports).isEmpty();
    assertThat(output).contains("The letter ended without a line holding a single `.`");
  }

  @Test
  void importWithAPathReadsTheFile(@TempDir Path folder) throws IOException {
    Path letter = folder.resolve("letter.txt");
    Files.writeString(letter, "The Co-Chairs' letter", StandardCharsets.UTF_8);

    String output = chat("import " + letter + "\n");

    assertThat(output).contains("Preview of the letter");
    assertThat(imports).containsExactly("letter.txt: The Co-Chairs' letter");
  }

  @Test
  void importWithAPathThatIsNoFileSaysSoInOneLine(@TempDir Path folder) throws IOException {
    String output = chat("import " + folder.resolve("missing.pdf") + "\n");

    assertThat(imports).isEmpty();
    assertThat(output).contains("There is no file at ").contains("missing.pdf");
  }
}
