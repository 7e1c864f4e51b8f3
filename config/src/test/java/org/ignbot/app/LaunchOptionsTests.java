package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchOptionsTests {
  @Test
  void noArgumentsMeansTheChat() {
    LaunchOptions options = LaunchOptions.parse();
    assertThat(options.mode()).isEqualTo(LaunchOptions.Mode.CHAT);
    assertThat(options.springArguments()).isEmpty();
  }

  @Test
  void askTakesTheCommandAndTheClockStartingPoint() {
    LaunchOptions options =
        LaunchOptions.parse("ask", "--as-of", "2024-11-18T12:00-05:00", "/ign next");
    assertThat(options.mode()).isEqualTo(LaunchOptions.Mode.ASK);
    assertThat(options.command()).isEqualTo("/ign next");
    assertThat(options.springArguments())
        .containsExactly(
            "--ign.clock.as-of=2024-11-18T12:00-05:00", "--spring.main.web-application-type=none");
  }

  @Test
  void asOfMayComeBeforeTheSubcommand() {
    LaunchOptions options =
        LaunchOptions.parse("--as-of", "2024-11-18T12:00-05:00", "ask", "on", "21", "Nov");
    assertThat(options.command()).isEqualTo("on 21 Nov");
    assertThat(options.asOf()).hasToString("2024-11-18T12:00-05:00");
  }

  @Test
  void passesSettingsOnToSpring() {
    assertThat(LaunchOptions.parse("--ign.data.schedule=file:x.yml").springArguments())
        .containsExactly("--ign.data.schedule=file:x.yml");
  }

  @Test
  void refusesUnknownArgumentsWithOneLine() {
    assertThatThrownBy(() -> LaunchOptions.parse("--bogus"))
        .isInstanceOf(LaunchOptions.UsageException.class)
        .hasMessage(
            "Unknown argument \"--bogus\" — try --help (settings go as --name.of.setting=value).");
  }

  @Test
  void refusesAnAsOfWithoutOffset() {
    assertThatThrownBy(() -> LaunchOptions.parse("ask", "--as-of", "2024-11-18", "next"))
        .hasMessageContaining(
            "\"2024-11-18\" is not a date-time with offset — try 2024-11-18T12:00-05:00");
  }

  @Test
  void askNeedsACommand() {
    assertThatThrownBy(() -> LaunchOptions.parse("ask")).hasMessageContaining("<command>");
  }

  @Test
  void helpPrintsTheUsage() {
    LaunchOptions options = LaunchOptions.parse("--help");
    assertThat(options.mode()).isEqualTo(LaunchOptions.Mode.USAGE);
    assertThat(options.usage()).contains("--as-of", "ask");
  }

  @Test
  void versionIsAModeOfItsOwnThatCarriesTheVersion() {
    LaunchOptions options = LaunchOptions.parse("--version");
    assertThat(options.mode()).isEqualTo(LaunchOptions.Mode.VERSION);
    assertThat(options.usage()).startsWith("IGN Bot ");
    assertThat(options.mode().oneShot()).isFalse();
  }

  @Test
  void askIcsAndImportAreOneShotsAndTheChatIsNot() {
    assertThat(LaunchOptions.parse("ask", "next").mode().oneShot()).isTrue();
    assertThat(LaunchOptions.parse("ics", "--all").mode().oneShot()).isTrue();
    assertThat(LaunchOptions.parse("import", "--dry-run", "letter.pdf").mode().oneShot()).isTrue();
    assertThat(LaunchOptions.parse().mode().oneShot()).isFalse();
  }

  /**
   * The one-shots and the server's own start (settings only) read without picocli: the same options
   * as picocli reads.
   */
  @Test
  void theQuickReadingAgreesWithPicocli() {
    List<String[]> lines =
        List.of(
            new String[] {},
            new String[] {"--ign.admins=slack:U1"},
            new String[] {"--server.port=1", "--ign.terminal.enabled=false"},
            new String[] {"--as-of", "2024-11-18T12:00-05:00", "--server.port=1"},
            new String[] {"--as-of=2024-11-18T12:00Z"},
            new String[] {"ask", "next"},
            new String[] {"ask", "/ign next"},
            new String[] {"ask", "on", "21", "Nov"},
            new String[] {"--as-of", "2024-11-18T12:00-05:00", "ask", "next"},
            new String[] {"ask", "--as-of=2024-11-18T12:00-05:00", "schedule", "3"},
            new String[] {"--ign.admins=slack:U1", "ask", "--server.port=1", "tz", "Geneva"},
            new String[] {"ics", "--all"},
            new String[] {"ics", "--meeting", "2024-11-19", "--as-of", "2024-11-18T12:00Z"},
            new String[] {"ics", "--topic=veto", "--ign.web.base-url=https://x.org"},
            new String[] {"import", "--dry-run", "letter.pdf"},
            new String[] {"import", "--json", "--dry-run", "a b.docx", "--spring.x.y=z"},
            new String[] {"import", "letter.txt"});
    for (String[] line : lines) {
      Optional<LaunchOptions> quick = PlainCommandLine.parse(line);

      assertThat(quick).as(String.join(" ", line)).isPresent();
      assertThat(quick.get()).isEqualTo(PicocliCommandLine.parse(line));
    }
  }

  /** Help, mistakes and unusual forms go to picocli, which says what is wrong. */
  @Test
  void anythingUnusualIsLeftToPicocli() {
    List<String[]> lines =
        List.of(
            new String[] {"ask"},
            new String[] {"ask", "--help"},
            new String[] {"ask", "--as-of", "2024-11-18", "next"},
            new String[] {"ask", "--as-of", "2024-11-18T12:00Z", "--as-of", "2024-11-19T12:00Z"},
            new String[] {"ask", "--bogus", "next"},
            new String[] {"ask", "--", "-next"},
            new String[] {"ask", "@args.txt"},
            new String[] {"ics"},
            new String[] {"ics", "--all", "--topic", "veto"},
            new String[] {"ics", "--meeting", "--all"},
            new String[] {"ics", "--all", "extra"},
            new String[] {"import"},
            new String[] {"import", "--dry-run=true", "x.pdf"},
            new String[] {"import", "a.pdf", "b.pdf"},
            new String[] {"chat"},
            new String[] {"--help"},
            new String[] {"--as-of", "2024-11-18"},
            new String[] {"--as-of"});
    for (String[] line : lines) {
      assertThat(PlainCommandLine.parse(line)).as(String.join(" ", line)).isEmpty();
    }
  }
}
