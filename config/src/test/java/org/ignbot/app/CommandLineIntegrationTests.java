package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot as a person runs it: a separate JVM started with the application's main class, the way
 * the README says, reading standard input and writing standard output.
 */
class CommandLineIntegrationTests {
  @TempDir Path folder;

  /** Environment variables of the next runs, beside the test's own. */
  private final Map<String, String> environment = new HashMap<>();

  record Run(int status, String out, String err) {}

  private Run run(String input, String... args) throws IOException, InterruptedException {
    return run(List.of(), input, args);
  }

  /** With JVM options: class loading logged to a file shows what a run started. */
  private Run run(List<String> jvmOptions, String input, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(IgnBotApplication.class.getName());
    command.addAll(List.of(args));
    Path out = folder.resolve("out.txt");
    Path err = folder.resolve("err.txt");
    Path in = folder.resolve("in.txt");
    Files.writeString(in, input, StandardCharsets.UTF_8);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    Process process =
        builder
            .directory(folder.toFile())
            .redirectInput(in.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    // A limit, not a measure: on a loaded build machine one start can take a minute or more.
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the bot ends").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void askAsOfTheEighteenthOfNovemberAnswersWithTheNineteenthPlenary() throws Exception {
    Run run = run("", "ask", "--as-of", "2024-11-18T12:00-05:00", "/ign next");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Next IGN meeting")
        .contains("1st IGN Plenary — Tuesday 19 November 2024")
        .contains("Morning    10:00–13:00 New York")
        .contains("Afternoon  15:00–18:00 New York")
        .contains("Venue      Trusteeship Council Chamber")
        .contains("Topics     Categories of membership; Cross-regional representation")
        .contains("Source     Co-Chairs' letter");
  }

  @Test
  void askWithTheRealClockSaysNothingIsScheduledAndShowsTheLastMeeting() throws Exception {
    Run run = run("", "ask", "next");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("No IGN meeting is scheduled yet.")
        .contains("Thursday 21 November 2024");
  }

  @Test
  void askExitsWithOneAndOneLineForABadCommand() throws Exception {
    Run run = run("", "ask", "on", "31", "Feb");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .startsWith("In \"31 Feb\", the day 31 does not exist")
        .doesNotContain("\n");
  }

  @Test
  void theChatAnswersCommandsPipedIntoIt() throws Exception {
    Run run = run("tz Europe/Vienna\nnext\nquit\n", "--as-of", "2024-11-18T12:00-05:00");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Your time zone is now Europe/Vienna.")
        .contains("10:00–13:00 New York · 16:00–19:00 Vienna");
  }

  @Test
  void aMistakeInTheScheduleFileStopsStartUpWithALineNamingIt() throws Exception {
    Files.writeString(
        folder.resolve("bad.yml"),
        "sources: {l: {title: T}}\nmeetings:\n  - {id: m1, title: T, date: 2024-11-31, source: l}\n");
    Run run = run("", "ask", "--ign.data.schedule=file:bad.yml", "next");
    assertThat(run.status()).isNotZero();
    assertThat(run.err())
        .contains("file:bad.yml: meeting m1:")
        .contains("2024-11-31")
        .doesNotContain("\tat ")
        .doesNotContain("APPLICATION FAILED TO START");
    assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
  }

  @Test
  void aWrongSettingStopsStartUpWithALineNamingIt() throws Exception {
    Run run = run("", "ask", "--ign.admins=U123", "next");
    assertThat(run.status()).isNotZero();
    assertThat(run.err())
        .contains(
            "ign.admins: admin entry \"U123\" is not platform:user-id or"
                + " platform:workspace/user-id, e.g. slack:U024BE7LH or slack:T024BE7LD/U024BE7LH")
        .doesNotContain("\tat ");
  }

  @Test
  void aBadCommandLineGetsOneLine() throws Exception {
    Run run = run("", "--as-off", "x");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "Unknown argument \"--as-off\" — try --help (settings go as --name.of.setting=value).");
  }

  /** The classes a run loaded, from -Xlog:class+load. */
  private List<String> loadedClasses(Path log) throws IOException {
    return Files.readAllLines(log).stream()
        .map(line -> line.replaceFirst("^\\S+ ", ""))
        .map(line -> line.replaceFirst(" .*$", ""))
        .toList();
  }

  private List<String> classLog(Path log) {
    return List.of("-Xlog:class+load=info:file=" + log);
  }

  @Test
  void versionPrintsTheVersionWithoutStartingAnything() throws Exception {
    Path log = folder.resolve("classes.log");
    Run run = run(classLog(log), "", "--version");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().strip()).matches("IGN Bot \\d+\\.\\d+.*");
    assertThat(run.err()).isEmpty();
    assertThat(loadedClasses(log))
        .contains(LaunchOptions.class.getName())
        // Reading main() may load a few Spring interfaces; running Spring would load these.
        .doesNotContain(
            "org.springframework.boot.SpringApplicationRunListeners",
            "org.springframework.context.support.AbstractApplicationContext",
            "ch.qos.logback.classic.LoggerContext")
        .noneMatch(name -> name.startsWith("org.apache.catalina."));
  }

  @Test
  void askAnswersWithThePortOccupiedAndStartsNeitherWebServerNorActuatorNorReminders()
      throws Exception {
    Path log = folder.resolve("classes.log");
    try (ServerSocket occupied = occupy(8080)) {
      Run run = run(classLog(log), "", "ask", "--as-of", "2024-11-18T12:00-05:00", "next");
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out()).contains("1st IGN Plenary — Tuesday 19 November 2024");
    }
    assertThat(loadedClasses(log))
        .contains(OneShotRun.class.getName())
        // No application context at all: the one-shot is wired by hand.
        .doesNotContain(
            "org.springframework.context.support.AbstractApplicationContext",
            "org.springframework.boot.SpringApplication")
        .noneMatch(name -> name.startsWith("org.apache.catalina."))
        .noneMatch(name -> name.startsWith("org.springframework.boot.actuate."))
        .noneMatch(name -> name.startsWith("io.micrometer.prometheus"))
        // The runner's class is read (a bean method returns it), but none is made.
        .doesNotContain(
            "com.github.kagkarlsson.scheduler.task.helper.Tasks",
            "com.github.kagkarlsson.scheduler.Scheduler");
  }

  @Test
  void aSecondAskOnTheSameDatabaseSkipsFlywayAndGivesTheSameAnswer() throws Exception {
    // A file, where the tests' own settings give each process a new database in memory.
    String database = "--spring.datasource.url=jdbc:h2:file:./data/ign-bot";
    Run first = run("", "ask", "--as-of", "2024-11-18T12:00-05:00", database, "next");
    Path log = folder.resolve("classes.log");
    Run second =
        run(classLog(log), "", "ask", "--as-of", "2024-11-18T12:00-05:00", database, "next");
    assertThat(second.status()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(loadedClasses(log)).doesNotContain("org.flywaydb.core.Flyway");
  }

  @Test
  void aOneShotReadsTheEnvironmentAndTheConfigFolderAsTheBotDoes() throws Exception {
    Files.createDirectories(folder.resolve("config"));
    Files.writeString(folder.resolve("config/application.yml"), "server:\n  port: 58999\n");
    Run fromFile = run("", "ask", "ics", "all");
    environment.put("IGN_WEB_BASE_URL", "https://env.example.org");
    Run fromEnvironment = run("", "ask", "ics", "all");

    assertThat(fromFile.status()).as(fromFile.err()).isZero();
    assertThat(fromFile.out()).contains("http://localhost:58999/calendar/ign.ics");
    assertThat(fromEnvironment.out())
        .contains("https://env.example.org/calendar/ign.ics")
        .doesNotContain("localhost");
  }

  /** Holds the port; when something else already does, it is occupied all the same. */
  private static ServerSocket occupy(int port) throws IOException {
    try {
      return new ServerSocket(port);
    } catch (BindException alreadyInUse) {
      return new ServerSocket(0);
    }
  }
}
