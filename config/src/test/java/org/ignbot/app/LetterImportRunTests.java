package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.letter.LetterReader;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.SchedulePublisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import [--dry-run] [--json] <file>} on the command line. */
class LetterImportRunTests {
  private static final Path SEED =
      Path.of("../bot-core/src/test/resources/letters/seed-79-first-plenary.txt");

  private final InMemoryScheduleRepository store = new InMemoryScheduleRepository(Schedule.empty());
  private final LetterImportRun run =
      new LetterImportRun(
          new LetterImport(
              new LetterReader(),
              new SchedulePublisher(store, changes -> {}),
              Clock.fixed(Instant.parse("2024-11-18T17:00:00Z"), ZoneOffset.UTC)),
          new TextRenderer());
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    LaunchOptions options = LaunchOptions.parse(args);
    assertThat(options.mode()).isEqualTo(LaunchOptions.Mode.IMPORT);
    return run.run(
        options.letter(),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void dryRunJsonPrintsThePreviewAndPublishesNothing() {
    int status = run("import", "--dry-run", "--json", SEED.toString());

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("{")
        .contains("\"change\" : \"added\"")
        .contains("\"start\" : \"2024-11-21T15:00:00-05:00\"")
        .contains("\"spillOver\" : true");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Dry run: nothing was published.");
    assertThat(store.current().all()).isEmpty();
  }

  @Test
  void withoutDryRunTheOperatorPublishes() {
    int status = run("import", SEED.toString());

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Published: 4 added.");
    assertThat(store.current().all()).hasSize(4);
  }

  @Test
  void aFileTooBigIsRefusedNamingItsRealSizeWithoutReadingIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.pdf");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(50L * 1024 * 1024);
    }

    int status = run("import", "--dry-run", file.toString());

    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo(
            "big.pdf is 50 MB; a letter is at most 10 MB. Send the letter itself as PDF, .docx or"
                + " text.");
  }

  @Test
  void aFileThatIsNoLetterExitsWithOneLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "Milk and bread.");

    int status = run("import", file.toString());

    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo(
            "notes.txt does not read like a Co-Chairs' letter on the IGN: it names neither the IGN"
                + " nor Security Council reform, and no meeting dates.");
    assertThat(run("import", dir.resolve("missing.pdf").toString())).isEqualTo(1);
    assertThat(store.current().all()).isEmpty();
  }

  @Test
  void importNeedsAFile() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LaunchOptions.parse("import"))
        .isInstanceOf(LaunchOptions.UsageException.class)
        .hasMessageContaining("<file>");
  }
}
