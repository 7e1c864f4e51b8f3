package org.ignbot.discord;

import java.time.Instant;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.ignbot.core.reply.MeetingView;
import org.ignbot.core.reply.card.CardField;
import org.ignbot.core.reply.card.MeetingCard;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.time.TimeFormat;

/**
 * A meeting as an embed. Times are New York time, the venue's, with Discord timestamps beside them
 * that each reader's client shows in their own zone.
 */
final class MeetingEmbed {
  static final int BLUE = 0x009EDB;
  private static final int RED = 0xC0392B;

  private MeetingEmbed() {}

  static MessageEmbed of(Meeting meeting, MeetingView.Detail detail) {
    MeetingCard card = new MeetingView(meeting, detail).card();
    EmbedBuilder embed =
        new EmbedBuilder()
            .setColor(card.isCancelled() ? RED : BLUE)
            .setTitle(
                Limits.cut(
                    card.title() + (card.isCancelled() ? " — CANCELLED" : ""),
                    MessageEmbed.TITLE_MAX_LENGTH))
            .setDescription(TimeFormat.longDay(card.day()));
    String id = "";
    for (CardField field : card.fields()) {
      if (field instanceof CardField.TimeRange range) {
        Sitting sitting = range.sitting();
        field(
            embed,
            range.label() + (range.spillOver() ? " (reserved for possible spill-over)" : ""),
            TimeFormat.venueRange(sitting)
                + " New York\n"
                + stamp(sitting.startInstant(), 'F')
                + " – "
                + stamp(sitting.endInstant(), 't')
                + " · "
                + stamp(sitting.startInstant(), 'R'));
      } else if (field instanceof CardField.Text text) {
        switch (text.kind()) {
          case ID -> id = text.value();
          // One topic or cluster a line: an embed field is narrow.
          case TOPICS, CLUSTERS -> field(embed, text.label(), text.joined("\n"));
          default -> field(embed, text.label(), text.value());
        }
      }
    }
    return embed.setFooter("Id: " + id).build();
  }

  /** A Discord timestamp: shown in the reader's own zone and language. */
  static String stamp(Instant instant, char style) {
    return "<t:" + instant.getEpochSecond() + ":" + style + ">";
  }

  private static void field(EmbedBuilder embed, String name, String value) {
    if (embed.getFields().size() < MessageEmbed.MAX_FIELD_AMOUNT) {
      embed.addField(
          Limits.cut(name, MessageEmbed.TITLE_MAX_LENGTH),
          Limits.cut(value, MessageEmbed.VALUE_MAX_LENGTH),
          false);
    }
  }
}
