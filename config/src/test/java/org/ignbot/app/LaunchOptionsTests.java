package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
