package org.ignbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.MeetingStatus;
import org.junit.jupiter.api.Test;

class ReplyRendererTests {
  private final ReplyRenderer renderer = new ReplyRenderer();

  @Test
  void errorsAreOnePlainLineWithoutEmbeds() {
    List<MessageCreateData> messages =
        renderer.render(Reply.error("\"31 Feb\" is not a date — try \"21 Nov\"."), "g");

    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).getContent())
        .isEqualTo("\"31 Feb\" is not a date — try \"21 Nov\".");
    assertThat(messages.get(0).getEmbeds()).isEmpty();
  }

  @Test
  void aLongAnswerIsSplitWithinEmbedAndMessageLimitsAndKeepsEveryLine() {
    Reply.Builder reply = Reply.ok().title("Many lines");
    for (int i = 0; i < 800; i++) {
      reply.line("line " + i + " " + "x".repeat(80));
    }
    reply.action("Remind me", ActionRequest.of(ActionRequest.Kind.REMIND, "2024-11-19"));

    List<MessageCreateData> messages = renderer.render(reply.build(), "g");

    assertThat(messages).hasSizeGreaterThan(1);
    for (MessageCreateData message : messages) {
      assertThat(message.getEmbeds()).hasSizeLessThanOrEqualTo(10);
      assertThat(message.getEmbeds().stream().mapToInt(MessageEmbed::getLength).sum())
          .isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
      message
          .getEmbeds()
          .forEach(embed -> assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(4096));
    }
    String all =
        String.join(
            "\n",
            messages.stream()
                .flatMap(m -> m.getEmbeds().stream())
                .map(MessageEmbed::getDescription)
                .toList());
    assertThat(all).contains("line 0 ").contains("line 799 ");
    assertThat(messages.get(0).getComponents()).isEmpty();
    assertThat(messages.get(messages.size() - 1).getComponents()).hasSize(1);
  }

  @Test
  void aLongErrorIsSplitUnderTwoThousandCharacters() {
    Reply reply = Reply.error("y".repeat(1500) + "\n" + "z".repeat(1500));

    List<MessageCreateData> messages = renderer.render(reply, "g");

    assertThat(messages).allSatisfy(m -> assertThat(m.getContent()).hasSizeLessThanOrEqualTo(2000));
  }

  @Test
  void attachmentsComeAsFilesWithTheLastMessage() {
    Reply reply =
        Reply.ok()
            .title("Your calendar file")
            .line("Feed: http://127.0.0.1:8080/ics/all.ics")
            .attach(
                new Attachment(
                    "ign.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)))
            .build();

    MessageCreateData message = renderer.render(reply, "g").get(0);

    assertThat(message.getFiles()).extracting(f -> f.getName()).containsExactly("ign.ics");
  }

  @Test
  void cancelledMeetingsAreMarkedInTheTitle() {
    Reply reply =
        Reply.ok()
            .full(
                TestBot.meeting(
                    "m", LocalDate.of(2024, 11, 21), "Conference Room 4", MeetingStatus.CANCELLED))
            .build();

    MessageEmbed embed = renderer.render(reply, "g").get(0).getEmbeds().get(0);

    assertThat(embed.getTitle()).isEqualTo("1st IGN plenary meeting — CANCELLED");
    assertThat(embed.getFields())
        .extracting(MessageEmbed.Field::getName)
        .contains("Revision", "Session");
    assertThat(embed.getFooter().getText()).isEqualTo("Id: m");
  }
}
