package org.ignbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.ignbot.core.command.Asker;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.user.UserKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real JDA against the fake Discord: slash commands, buttons and autocomplete, end to end. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordInteractionTests {
  @RegisterExtension static final ConnectedBot CONNECTED = new ConnectedBot();

  private static FakeDiscord discord() {
    return CONNECTED.discord();
  }

  @Test
  void commandsAreRegisteredInTheConfiguredGuildWithAdminCommandsForEventManagers() {
    FakeDiscord.Call put =
        discord()
            .awaitCall(
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
        discord().awaitCall("POST", "/interactions/" + id + "/token-" + id + "/callback").json();
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

  @Test
  void answersGoWithAllowedMentionsThatPingNobody() {
    String id = send("ign", "next", DataArray.empty(), Payloads.USER);

    DataObject allowed = original(id).getObject("allowed_mentions");

    assertThat(allowed.getArray("parse").isEmpty()).isTrue();
  }

  @Test
  void personalAnswersAreDeferredEphemerally() {
    String id =
        send(
            "ign",
            "tz",
            DataArray.empty().add(Payloads.option("zone", 3, "Europe/Vienna")),
            Payloads.USER);

    DataObject callback = callback(id);
    assertThat(callback.getInt("type")).isEqualTo(5);
    assertThat(callback.getObject("data").getInt("flags")).isEqualTo(64);
    assertThat(original(id).getArray("embeds").getObject(0).toString()).contains("Europe/Vienna");
  }

  @Test
  void addToCalendarButtonRunsIcsForTheClickerAndAttachesTheFile() {
    String id = FakeDiscord.snowflake();
    discord()
        .dispatch(
            Payloads.interaction(
                    id,
                    3,
                    Payloads.USER,
                    Payloads.button("ign|" + Payloads.GUILD + "|ics 2024-11-19"))
                .put("message", Payloads.message(FakeDiscord.snowflake(), Payloads.CHANNEL)));

    assertThat(callback(id).getObject("data").getInt("flags")).isEqualTo(64);
    FakeDiscord.Call answer =
        discord()
            .awaitCall(
                "PATCH", "/webhooks/" + Payloads.APP + "/token-" + id + "/messages/@original");
    assertThat(answer.files())
        .containsEntry("ign-2024-11-19.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    assertThat(answer.json().toString())
        .contains("arguments: 2024-11-19")
        .contains("userId=" + Payloads.USER);
  }

  @Test
  void anAdminButtonIsRefusedByTheCoreToAMemberNotOnTheAdminListAndRunsForAnAdmin() {
    String refused = click("confirm", Payloads.USER);
    String allowed = click("confirm", Payloads.ADMIN);

    assertThat(original(refused).getString("content"))
        .isEqualTo(
            "Sorry, `confirm` is for the bot's admins. Ask an admin, or try `next` or `schedule`.");
    assertThat(original(allowed).toString()).contains("given: confirm").contains("admin: true");
  }

  @Test
  void aButtonWhoseTokenIsNoRequestGetsOneLineAndRunsNothing() {
    // An id of ours, but with a command no button makes: nothing typed runs from a button.
    String id = click("cancel 2024-11-19", Payloads.ADMIN);

    assertThat(original(id).getString("content"))
        .isEqualTo(
            "That button is from an older message and no longer works. Type `help` for what I"
                + " can do.");
  }

  @Test
  void aButtonInAReminderDirectMessageActsInTheGuildItCameFrom() {
    String id = FakeDiscord.snowflake();
    discord()
        .dispatch(
            Payloads.directInteraction(
                id,
                3,
                Payloads.USER,
                Payloads.button("ign|" + Payloads.GUILD + "|ics 2024-11-21")));

    FakeDiscord.Call answer =
        discord()
            .awaitCall(
                "PATCH", "/webhooks/" + Payloads.APP + "/token-" + id + "/messages/@original");
    assertThat(answer.json().toString())
        .contains("workspace=" + Payloads.GUILD)
        .contains("userId=" + Payloads.USER);
    assertThat(answer.files()).containsKey("ign-2024-11-21.ics");
  }

  @Test
  void meetingIdsAreSuggestedWhileTyping() {
    String id = FakeDiscord.snowflake();
    DataObject focused = Payloads.option("id", 3, "2024-11").put("focused", true);
    discord()
        .dispatch(
            Payloads.interaction(
                id,
                4,
                Payloads.USER,
                Payloads.slash("ign", "meeting", DataArray.empty().add(focused))));

    DataObject callback = callback(id);
    assertThat(callback.getInt("type")).isEqualTo(8);
    assertThat(
            callback.getObject("data").getArray("choices").stream(DataArray::getObject)
                .map(choice -> choice.getString("value")))
        .containsExactly("2024-11-19", "2024-11-21");
  }

  @Test
  void timeZonesAreSuggestedWhileTyping() {
    String id = FakeDiscord.snowflake();
    DataObject focused = Payloads.option("zone", 3, "vienna").put("focused", true);
    discord()
        .dispatch(
            Payloads.interaction(
                id, 4, Payloads.USER, Payloads.slash("ign", "tz", DataArray.empty().add(focused))));

    assertThat(callback(id).getObject("data").getArray("choices").getObject(0).getString("value"))
        .isEqualTo("Europe/Vienna");
  }

  @Test
  void adminSubcommandsAreRefusedToMembersNotOnTheAdminListByTheCommandsDescription() {
    String id =
        send(
            "ign-admin",
            "cancel",
            DataArray.empty().add(Payloads.option("id", 3, "2024-11-19")),
            Payloads.USER);

    // The line the engine gives on every platform (Slack's is the same), from cancel's access.
    assertThat(original(id).getString("content"))
        .isEqualTo(
            "Sorry, `cancel` is for the bot's admins. Ask an admin, or try `next` or `schedule`.");
  }

  @Test
  void aLetterAttachedByAMemberNotOnTheAdminListIsRefusedWithoutFetchingIt() {
    String id = FakeDiscord.snowflake();
    discord().dispatch(Payloads.interaction(id, 2, Payloads.USER, importWithFile("refused.txt")));

    assertThat(original(id).getString("content"))
        .isEqualTo(
            "Sorry, `import` is for the bot's admins. Ask an admin, or try `next` or `schedule`.");
    assertThat(discord().calls("GET", "/attachments/refused.txt")).isEmpty();
  }

  @Test
  void importReceivesTheAttachedLetterForAnAdmin() {
    String id = FakeDiscord.snowflake();
    discord().dispatch(Payloads.interaction(id, 2, Payloads.ADMIN, importWithFile("letter.txt")));

    assertThat(original(id).toString())
        .contains("admin: true")
        .contains("given: import file: letter.txt Excellency, the IGN meets");
  }

  /** {@code /ign-admin import} with the file {@code name} attached, the fake serving it. */
  private static DataObject importWithFile(String name) {
    String url = discord().file(name, "Excellency, the IGN meets".getBytes(StandardCharsets.UTF_8));
    return Payloads.slash(
            "ign-admin", "import", DataArray.empty().add(Payloads.option("file", 11, "900")))
        .put(
            "resolved",
            DataObject.empty()
                .put(
                    "attachments",
                    DataObject.empty()
                        .put(
                            "900",
                            DataObject.empty()
                                .put("id", "900")
                                .put("filename", name)
                                .put("size", 25)
                                .put("url", url)
                                .put("proxy_url", url)
                                .put("content_type", "text/plain; charset=utf-8"))));
  }

  @Test
  void aPastedLetterLongerThanACommandLineReachesImportAsTextWithoutControlCharacters() {
    String letter = "Excellency,\u0000 the IGN meets.\u0007\u2028".repeat(400);
    String id =
        send(
            "ign-admin",
            "import",
            DataArray.empty().add(Payloads.option("text", 3, letter)),
            Payloads.ADMIN);

    assertThat(original(id).toString())
        .contains("given: import text: Excellency, the IGN meets.\\nExcellency,")
        .doesNotContain("\\u0000", "\\u0007", "\u2028");
    FakeDiscord.Call more =
        discord().awaitCall("POST", "/webhooks/" + Payloads.APP + "/token-" + id);
    assertThat(more.json().getInt("flags")).isEqualTo(64);
    assertThat(more.json().getArray("embeds").getObject(0).getString("description"))
        .contains("Excellency, the IGN meets.");
  }

  @Test
  void importWithNeitherFileNorTextGetsTheCoresOneLine() {
    String id = send("ign-admin", "import", DataArray.empty(), Payloads.ADMIN);

    assertThat(original(id).getString("content"))
        .isEqualTo(
            "Attach the letter (PDF, .docx or text) to `import`, or paste its text after the word.");
  }

  @Test
  void onReadsTheDayOnceAndABadDateGetsTheCoresOneLine() {
    String good =
        send(
            "ign",
            "on",
            DataArray.empty().add(Payloads.option("date", 3, "19 Nov")),
            Payloads.USER);
    assertThat(original(good).toString()).contains("IGN meetings on");

    String bad =
        send(
            "ign",
            "on",
            DataArray.empty().add(Payloads.option("date", 3, "the 45th of Nov")),
            Payloads.USER);
    Reply expected = TestBot.engine(TestBot.repository()).handle(member(), "on the 45th of Nov");
    assertThat(expected.isError()).isTrue();
    assertThat(original(bad).getString("content")).isEqualTo(expected.lines().get(0));
  }

  @Test
  void topicTakesTheClusterChosen() {
    String id =
        send(
            "ign",
            "topic",
            DataArray.empty().add(Payloads.option("cluster", 3, "veto")),
            Payloads.USER);

    assertThat(original(id).toString()).contains("Meetings on the question of the veto");
  }

  @Test
  void aCancelIdWithMoreWordsIsOneIdNotAnIdAndAReason() {
    String smuggled =
        send(
            "ign-admin",
            "cancel",
            DataArray.empty().add(Payloads.option("id", 3, "2024-11-19 because we said so")),
            Payloads.ADMIN);
    assertThat(original(smuggled).toString())
        .contains("given: cancel id=2024-11-19 because we said so reason=none");

    String withReason =
        send(
            "ign-admin",
            "cancel",
            DataArray.empty()
                .add(Payloads.option("id", 3, "2024-11-19"))
                .add(Payloads.option("reason", 3, "the letter of 18 November")),
            Payloads.ADMIN);
    assertThat(original(withReason).toString())
        .contains("given: cancel id=2024-11-19 reason=the letter of 18 November");
  }

  @Test
  void moveReadsTheDayAndTimesOnceAndNamesAWrongIdFirst() {
    String moved = move("2024-11-19", "26 Nov", "10:00-13:00 15:00-18:00");
    assertThat(original(moved).toString())
        .contains("given: move id=2024-11-19 day=2024-11-26 times=2");

    String wrongId = move("2099-01-01", "the 45th of Nov", "");
    assertThat(original(wrongId).getString("content")).isEqualTo("No meeting 2099-01-01.");

    String extraTimes = move("2024-11-19", "26 Nov", "10:00-13:00 cancel 2024-11-21");
    assertThat(original(extraTimes).getString("content"))
        .isEqualTo(
            "Give the times as ranges on the 24-hour clock, e.g. `10:00-13:00 15:00-18:00`.");
  }

  @Test
  void confirmAndDiscardRunTheirTypedUseCasesForAnAdminOnly() {
    assertThat(original(send("ign-admin", "confirm", DataArray.empty(), Payloads.ADMIN)).toString())
        .contains("given: confirm");
    assertThat(original(send("ign-admin", "discard", DataArray.empty(), Payloads.ADMIN)).toString())
        .contains("given: discard");
    assertThat(
            original(send("ign-admin", "discard", DataArray.empty(), Payloads.USER))
                .getString("content"))
        .isEqualTo(
            "Sorry, `discard` is for the bot's admins. Ask an admin, or try `next` or `schedule`.");
  }

  private String move(String meeting, String date, String times) {
    DataArray options =
        DataArray.empty()
            .add(Payloads.option("id", 3, meeting))
            .add(Payloads.option("date", 3, date));
    if (!times.isEmpty()) {
      options.add(Payloads.option("times", 3, times));
    }
    return send("ign-admin", "move", options, Payloads.ADMIN);
  }

  private static Asker member() {
    return new Asker(new UserKey("discord", Payloads.GUILD, Payloads.USER), false);
  }

  @Test
  void aStaleSubcommandGetsOneLineSayingWhatWorks() {
    String id = send("ign", "agenda", DataArray.empty(), Payloads.USER);

    assertThat(original(id).getString("content"))
        .isEqualTo(
            "I don't know `/ign agenda`: Discord may still show an old list. Try `/ign help`.");
  }

  private String click(String token, String user) {
    String id = FakeDiscord.snowflake();
    discord()
        .dispatch(
            Payloads.interaction(
                    id, 3, user, Payloads.button("ign|" + Payloads.GUILD + "|" + token))
                .put("message", Payloads.message(FakeDiscord.snowflake(), Payloads.CHANNEL)));
    return id;
  }

  private DataObject callback(String id) {
    return discord().awaitCall("POST", "/interactions/" + id + "/token-" + id + "/callback").json();
  }

  private String send(String command, String subcommand, DataArray options, String user) {
    String id = FakeDiscord.snowflake();
    discord()
        .dispatch(Payloads.interaction(id, 2, user, Payloads.slash(command, subcommand, options)));
    return id;
  }

  private DataObject original(String id) {
    return discord()
        .awaitCall("PATCH", "/webhooks/" + Payloads.APP + "/token-" + id + "/messages/@original")
        .json();
  }
}
