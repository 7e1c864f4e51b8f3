package org.ignbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Real JDA against the fake Discord: slash commands, buttons and autocomplete, end to end. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordInteractionTests {
  private FakeDiscord discord;
  private DiscordBot bot;

  @BeforeAll
  void start() throws Exception {
    discord = new FakeDiscord();
    var schedules = TestBot.repository();
    bot =
        DiscordBot.start(
                new DiscordSettings(
                    "fake-token",
                    Optional.of(Payloads.GUILD),
                    Optional.of(discord.apiUrl()),
                    Optional.of(discord.gatewayUrl()),
                    false),
                TestBot.engine(schedules),
                TestBot.admins(),
                schedules,
                TestBot.CLOCK)
            .awaitReady();
  }

  @AfterAll
  void stop() throws Exception {
    bot.close();
    discord.close();
  }

  @Test
  void commandsAreRegisteredInTheConfiguredGuildWithAdminCommandsForEventManagers() {
    FakeDiscord.Call put =
        discord.awaitCall(
            "PUT", "/applications/" + Payloads.APP + "/guilds/" + Payloads.GUILD + "/commands");
    DataArray commands = DataArray.fromJson(put.body());
    assertThat(commands.length()).isEqualTo(2);
    DataObject ign = commands.getObject(0);
    assertThat(ign.getString("name")).isEqualTo("ign");
    assertThat(ign.getArray("options").stream(DataArray::getObject).map(o -> o.getString("name")))
        .containsExactly(
            "next", "schedule", "on", "topic", "meeting", "clusters", "about", "tz", "ics", "help");
    DataObject admin = commands.getObject(1);
    assertThat(admin.getString("name")).isEqualTo("ign-admin");
    assertThat(admin.getString("default_member_permissions")).isEqualTo(String.valueOf(1L << 33));
  }

  @Test
  void nextIsDeferredPubliclyThenAnsweredWithTheMeetingEmbedAndButtons() {
    String id = send("ign", "next", DataArray.empty(), Payloads.USER);

    DataObject callback =
        discord.awaitCall("POST", "/interactions/" + id + "/token-" + id + "/callback").json();
    assertThat(callback.getInt("type")).isEqualTo(5);
    assertThat(callback.optObject("data").map(d -> d.getInt("flags", 0)).orElse(0)).isZero();

    DataObject answer = original(id);
    DataObject embed = answer.getArray("embeds").getObject(1);
    assertThat(embed.getString("title")).isEqualTo("1st IGN plenary meeting");
    DataObject morning = embed.getArray("fields").getObject(0);
    assertThat(morning.getString("name")).isEqualTo("Morning");
    assertThat(morning.getString("value"))
        .contains("10:00–13:00 New York")
        .contains("<t:1732028400:F>")
        .contains("<t:1732028400:R>");
    assertThat(embed.getArray("fields").getObject(1).getString("name"))
        .isEqualTo("Afternoon (reserved for possible spill-over)");
    DataObject button =
        answer.getArray("components").getObject(0).getArray("components").getObject(0);
    assertThat(button.getString("label")).isEqualTo("Add to calendar");
    assertThat(button.getString("custom_id"))
        .isEqualTo("ign|" + Payloads.GUILD + "|ics 2024-11-19");
  }

  private String send(String command, String subcommand, DataArray options, String user) {
    String id = FakeDiscord.snowflake();
    discord.dispatch(
        Payloads.interaction(id, 2, user, Payloads.slash(command, subcommand, options)));
    return id;
  }

  private DataObject original(String id) {
    return discord
        .awaitCall("PATCH", "/webhooks/" + Payloads.APP + "/token-" + id + "/messages/@original")
        .json();
  }
}
