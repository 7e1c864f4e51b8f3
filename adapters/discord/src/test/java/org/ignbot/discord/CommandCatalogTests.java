package org.ignbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandCatalogTests {
  private final CommandCatalog catalog =
      new CommandCatalog(Set.of("next", "subscribe", "topic", "help", "cancel")::contains);

  @Test
  void optionsBecomeTheCommandTextTheCoreReads() {
    CommandCatalog.Subcommand subscribe = catalog.find("ign", "subscribe").orElseThrow();

    assertThat(subscribe.text(Map.of("lead", "1d 2h", "cluster", "veto", "here", "true")))
        .isEqualTo("subscribe 1d 2h topic veto here");
    assertThat(subscribe.text(Map.of("here", "false"))).isEqualTo("subscribe");
    assertThat(catalog.find("ign", "topic").orElseThrow().text(Map.of("cluster", "size-methods")))
        .isEqualTo("topic size-methods");
  }

  @Test
  void onlyCommandsTheEngineHasAreOffered() {
    assertThat(catalog.subcommands())
        .extracting(CommandCatalog.Subcommand::name)
        .containsExactly("next", "topic", "subscribe", "help", "cancel");
    assertThat(catalog.find("ign", "schedule")).isEmpty();
  }

  @Test
  void adminSubcommandsLiveOnlyUnderTheAdminCommand() {
    assertThat(catalog.find("ign", "cancel")).isEmpty();
    assertThat(catalog.find("ign-admin", "cancel")).isPresent();
    assertThat(catalog.commands()).extracting(c -> c.getName()).containsExactly("ign", "ign-admin");
  }

  @Test
  void buttonIdsCarryTheGuildAndTheCommand() {
    String id = ButtonId.of("600", "ics 2024-11-19");

    assertThat(ButtonId.parse(id)).contains(new ButtonId("600", "ics 2024-11-19"));
    assertThat(ButtonId.parse("someone-else|x")).isEmpty();
    assertThat(ButtonId.parse("ign||next")).isEmpty();
  }
}
