package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.shell.AttachmentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hand-wired one-shot ({@link OneShotRun}, no application context) answers as the whole bot
 * does, from the same settings: each question is put to the bot's own context and to the one-shot,
 * on the same database file, and the outputs compared.
 */
class OneShotRunTests {
  private static final String AS_OF = "--as-of=2024-11-18T12:00-05:00";
  private static final Path SEED =
      Path.of("../bot-core/src/test/resources/letters/seed-79-first-plenary.txt");
  private static final Path MOVE =
      Path.of("../bot-core/src/test/resources/letters/move-cancel-79th.txt");

  @TempDir Path folder;

  record Output(int status, String out, String err) {}

  private String database() {
    return "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("ign-bot").toAbsolutePath();
  }

  /** The command line's arguments with this test's database (arguments win over every file). */
  private String[] args(String... commandLine) {
    List<String> args = new ArrayList<>(List.of(commandLine));
    args.add(database());
    return args.toArray(String[]::new);
  }

  private Output oneShot(String... commandLine) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        OneShotRun.run(LaunchOptions.parse(args(commandLine)), files(), print(out), print(err));
    return new Output(status, text(out), text(err));
  }

  /** The same question to the whole bot (every configuration, the services switched off). */
  private Output bot(String... commandLine) {
    LaunchOptions options = LaunchOptions.parse(args(commandLine));
    List<String> springArgs = new ArrayList<>(List.of(options.springArguments()));
    springArgs.add("--ign.terminal.enabled=false");
    springArgs.add("--ign.reminders.enabled=false");
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(IgnBotApplication.class)
            .web(WebApplicationType.NONE)
            .run(springArgs.toArray(String[]::new))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status =
          OneShotRun.answer(
              options,
              context.getBean(CommandEngine.class),
              context.getBean(TextRenderer.class),
              context.getBean(LetterImport.class),
              files(),
              print(out),
              print(err));
      return new Output(status, text(out), text(err));
    }
  }

  /** Where {@code ask ics} saves its file: this test's folder, not the working directory. */
  private AttachmentFolder files() {
    return new AttachmentFolder(folder);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** A calendar's stamp is the time it was written: the clock runs on between the two. */
  private static Output unstamped(Output output) {
    return new Output(
        output.status(), output.out().replaceAll("DTSTAMP:\\S+", "DTSTAMP:"), output.err());
  }

  @Test
  void askAnswersAsTheBotDoes() {
    // The one-shot first: it makes the database (migrations, the bundled schedule), the bot reads
    // it.
    List<String[]> questions =
        List.of(
            new String[] {"ask", AS_OF, "next"},
            new String[] {"ask", AS_OF, "schedule", "3"},
            new String[] {"ask", AS_OF, "on", "21", "Nov"},
            new String[] {"ask", AS_OF, "topic", "veto"},
            new String[] {"ask", AS_OF, "clusters"},
            new String[] {"ask", AS_OF, "about", "g4"},
            new String[] {"ask", AS_OF, "help"},
            new String[] {"ask", AS_OF, "on", "31", "Feb"});
    for (String[] question : questions) {
      Output oneShot = oneShot(question);
      Output bot = bot(question);

      assertThat(oneShot).as(String.join(" ", question)).isEqualTo(bot);
      assertThat(oneShot.out() + oneShot.err()).isNotBlank();
    }
    assertThat(oneShot("ask", AS_OF, "next").out())
        .contains("1st IGN Plenary — Tuesday 19 November 2024");
  }

  @Test
  void icsWritesTheCalendarTheBotWrites() {
    for (String[] question :
        List.of(
            new String[] {"ics", AS_OF, "--all"},
            new String[] {"ics", AS_OF, "--meeting", "2024-11-19"},
            new String[] {"ics", AS_OF, "--topic", "veto"},
            new String[] {"ics", AS_OF, "--meeting", "no-such-meeting"})) {
      Output bot = unstamped(bot(question));
      Output oneShot = unstamped(oneShot(question));

      assertThat(oneShot).as(String.join(" ", question)).isEqualTo(bot);
    }
    assertThat(oneShot("ics", AS_OF, "--all").out()).startsWith("BEGIN:VCALENDAR");
  }

  /**
   * A selection {@code ics} cannot write is the chat's one line for the same words, nothing else.
   */
  @Test
  void aBadCalendarSelectionIsTheOneLineTheChatGives() {
    Output topic = oneShot("ics", AS_OF, "--topic", "nonsense");
    Output meeting = oneShot("ics", AS_OF, "--meeting", "2024-11-31");

    assertThat(topic.err())
        .startsWith("\"nonsense\" is no cluster. Try `ics topic veto`; the clusters are ")
        .isEqualTo(oneShot("ask", AS_OF, "ics", "topic", "nonsense").err());
    assertThat(meeting.err())
        .startsWith("No meeting has the id \"2024-11-31\". Did you mean ")
        .isEqualTo(oneShot("ask", AS_OF, "ics", "2024-11-31").err());
    for (Output output : List.of(topic, meeting)) {
      assertThat(output.status()).isEqualTo(1);
      assertThat(output.out()).isEmpty();
      assertThat(output.err().strip().lines()).as(output.err()).hasSize(1);
    }
  }

  @Test
  void importDryRunPreviewsAsTheBotDoesAndPublishesNothing() {
    for (Path letter : List.of(SEED, MOVE)) {
      String[] text = {"import", AS_OF, "--dry-run", letter.toString()};
      String[] json = {"import", AS_OF, "--dry-run", "--json", letter.toString()};

      assertThat(oneShot(text)).isEqualTo(bot(text));
      assertThat(oneShot(json)).isEqualTo(bot(json));
    }
    Output preview = oneShot("import", AS_OF, "--dry-run", MOVE.toString());
    assertThat(preview.out()).contains("Dry run: nothing was published.");
    // Nothing was published by any of the dry runs: the same preview comes again.
    assertThat(oneShot("import", AS_OF, "--dry-run", MOVE.toString())).isEqualTo(preview);
  }

  @Test
  void theOneShotReadsTheBotsSettingsPortBaseUrlAndDatabase() {
    String[] moved = {"ask", AS_OF, "ics", "all", "--server.port=58417"};
    String[] based = {"ask", AS_OF, "ics", "all", "--ign.web.base-url=https://ign.example.org"};

    assertThat(oneShot(moved).out()).contains("http://localhost:58417/calendar/ign.ics");
    assertThat(oneShot(moved)).isEqualTo(bot(moved));
    assertThat(oneShot(based).out())
        .contains("https://ign.example.org/calendar/ign.ics")
        .doesNotContain("localhost");
    assertThat(oneShot(based)).isEqualTo(bot(based));

    // The same database: what the one-shot saves, the bot finds, and the other way round.
    assertThat(oneShot("ask", "tz", "Europe/Vienna").status()).isZero();
    assertThat(bot("ask", "tz").out()).contains("Europe/Vienna");
    assertThat(bot("ask", "tz", "Asia/Tokyo").status()).isZero();
    assertThat(oneShot("ask", "tz").out()).contains("Asia/Tokyo");
  }

  @Test
  void theOneShotReadsSpringApplicationJsonAsTheBotDoes() {
    String[] json = {
      "ask",
      AS_OF,
      "ics",
      "all",
      "--spring.application.json={\"ign\":{\"web\":{\"base-url\":\"https://json.example.org\"}}}"
    };

    assertThat(oneShot(json).out()).contains("https://json.example.org/calendar/ign.ics");
    assertThat(oneShot(json)).isEqualTo(bot(json));
  }

  @Test
  void subscribeEmailSendsTheConfirmationAsTheBotDoesWhenMailIsConfigured() {
    GreenMail smtp =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    try {
      String[] mail = {
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--ign.mail.from=ign-bot@bot.example"
      };
      Output oneShot = oneShot(withArgs(mail, "ask", AS_OF, "subscribe email one@mission.example"));
      Output bot = bot(withArgs(mail, "ask", AS_OF, "subscribe email two@mission.example"));

      assertThat(oneShot.status()).as(oneShot.out() + oneShot.err()).isZero();
      assertThat(oneShot.out()).contains("one@mission.example");
      assertThat(oneShot.out().replace("one@", "two@")).isEqualTo(bot.out());
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(smtp.getReceivedMessages())
                      .extracting(message -> message.getAllRecipients()[0].toString())
                      .containsExactlyInAnyOrder("one@mission.example", "two@mission.example"));
    } finally {
      smtp.stop();
    }
  }

  private static String[] withArgs(String[] settings, String... commandLine) {
    List<String> args = new ArrayList<>(List.of(commandLine));
    args.addAll(List.of(settings));
    return args.toArray(String[]::new);
  }

  @Test
  void aWrongSettingIsOneLineNamingIt() {
    Output admins = oneShot("ask", "next", "--ign.admins=U123");
    Output organizer = oneShot("ask", "next", "--ign.calendar.organizer=nobody");
    Output timeout = oneShot("ask", "next", "--ign.reminders.send-timeout=5m");

    assertThat(admins.status()).isEqualTo(1);
    assertThat(admins.err())
        .startsWith("ign.admins: admin entry \"U123\" is not platform:user-id")
        .contains("correct ign.admins");
    assertThat(organizer.err()).startsWith("ign.calendar: an e-mail address");
    assertThat(timeout.err()).startsWith("ign.reminders.send-timeout: is PT5M");
    for (Output output : List.of(admins, organizer, timeout)) {
      assertThat(output.status()).isEqualTo(1);
      assertThat(output.out()).isEmpty();
      assertThat(output.err().strip().lines()).as(output.err()).hasSize(1);
    }
  }
}
