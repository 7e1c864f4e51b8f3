package org.ignbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.VenueTime;
import org.junit.jupiter.api.Test;

class BlockKitRendererTests {
  private final BlockKitRenderer renderer = new BlockKitRenderer(word -> true);

  @Test
  void aSittingShowsNewYorkTimeAndSlackDateTokensWithTheReadersZoneAsFallback() {
    Reply reply =
        Reply.ok()
            .card(meeting(List.of(Cluster.VETO)))
            .build()
            .inZone(Optional.of(ZoneId.of("Asia/Tokyo")));

    String text = sectionTexts(renderer.blocks(reply)).get(0);

    assertThat(text)
        .contains(
            "*Morning* 10:00–13:00 New York · your time: "
                + "<!date^1770908400^{date_short_pretty} {time}|Fri 13 Feb 00:00>"
                + "–<!date^1770919200^{time}|03:00 Tokyo>");
  }

  @Test
  void lettersTextCannotInjectSlackMarkupOrMentions() {
    Reply reply = Reply.ok().line("Veto <!channel> & <@U123> talks").build();

    assertThat(sectionTexts(renderer.blocks(reply)))
        .containsExactly("Veto &lt;!channel&gt; &amp; &lt;@U123&gt; talks");
  }

  @Test
  void theNotificationTextOfEveryMessageEscapesSlackMarkupFromLetters() {
    Reply reply =
        Reply.ok()
            .title("Changed: <!channel>")
            .line("See <https://evil.example|Official UN link> & <@U123>")
            .card(meeting(List.of()))
            .build();

    List<SlackMessage> messages = renderer.render(reply);

    assertThat(messages)
        .allSatisfy(
            message ->
                assertThat(message.text())
                    .doesNotContain("<", ">")
                    .contains("&lt;!channel&gt;")
                    .contains("&lt;https://evil.example|Official UN link&gt; &amp; &lt;@U123&gt;"));
  }

  @Test
  void aLineLongerThanASectionIsCutIntoSectionsOfAtMost3000Characters() {
    Reply reply = Reply.ok().line("x".repeat(7000)).build();

    List<String> texts = sectionTexts(renderer.blocks(reply));

    assertThat(texts).hasSize(3);
    assertThat(texts).allSatisfy(text -> assertThat(text).hasSizeLessThanOrEqualTo(3000));
    assertThat(String.join("", texts)).hasSize(7000);
  }

  @Test
  void moreThanFiftyBlocksBecomeSeveralMessagesEachWithTheFallbackText() {
    Reply.Builder reply = Reply.ok().title("Many");
    for (int i = 0; i < 40; i++) {
      reply.card(meeting(List.of()));
    }

    List<SlackMessage> messages = renderer.render(reply.build());

    assertThat(messages).hasSize(3);
    assertThat(messages).allSatisfy(m -> assertThat(m.blocks()).hasSizeLessThanOrEqualTo(50));
    assertThat(messages.stream().mapToInt(m -> m.blocks().size()).sum()).isEqualTo(1 + 40 * 3 - 1);
    assertThat(messages).allSatisfy(m -> assertThat(m.text()).startsWith("Many"));
  }

  @Test
  void actionsBecomeButtonsCarryingTheirCommandAndOnlyKnownClustersGetAMenu() {
    Reply reply =
        Reply.ok()
            .card(meeting(List.of(Cluster.VETO, Cluster.CATEGORIES)))
            .action(
                "Add to calendar", ActionRequest.of(ActionRequest.Kind.MEETING_CALENDAR, "ign-1"))
            .build();

    List<LayoutBlock> blocks = renderer.blocks(reply);
    ButtonElement button =
        (ButtonElement) ((ActionsBlock) blocks.get(blocks.size() - 1)).getElements().get(0);
    SectionBlock card = (SectionBlock) blocks.get(0);

    assertThat(button.getValue()).isEqualTo("ics ign-1");
    assertThat(button.getActionId()).isEqualTo("ign-run-0");
    assertThat(card.getAccessory()).isNotNull();
    assertThat(new BlockKitRenderer(word -> false).blocks(reply).get(0))
        .isInstanceOfSatisfying(SectionBlock.class, s -> assertThat(s.getAccessory()).isNull());
  }

  @Test
  void aPublicReplyIsInChannelAndAPrivateOneEphemeral() {
    assertThat(renderer.render(Reply.ok().line("a").build()).get(0).responseType())
        .isEqualTo("ephemeral");
    assertThat(
            renderer
                .render(Reply.ok().line("a").visibility(Reply.Visibility.PUBLIC).build())
                .get(0)
                .responseType())
        .isEqualTo("in_channel");
  }

  private static List<String> sectionTexts(List<LayoutBlock> blocks) {
    return blocks.stream()
        .filter(SectionBlock.class::isInstance)
        .map(block -> ((SectionBlock) block).getText().getText())
        .toList();
  }

  private static Meeting meeting(List<Cluster> clusters) {
    LocalDate day = LocalDate.of(2026, 2, 12);
    return new Meeting(
        "ign-1",
        80,
        "Veto cluster",
        day,
        List.of(
            new Sitting(
                ZonedDateTime.of(day, LocalTime.of(10, 0), VenueTime.ZONE),
                ZonedDateTime.of(day, LocalTime.of(13, 0), VenueTime.ZONE),
                false)),
        Optional.of("Trusteeship Council Chamber"),
        List.of(Topic.of("The question of the veto")),
        clusters.isEmpty() ? Set.of() : Set.copyOf(clusters),
        List.of(),
        MeetingStatus.SCHEDULED,
        1,
        Optional.empty(),
        new Source("letter", "Co-Chairs' letter", Optional.empty(), List.of(), List.of()));
  }
}
