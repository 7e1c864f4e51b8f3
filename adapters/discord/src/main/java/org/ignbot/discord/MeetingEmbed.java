package org.ignbot.discord;

import java.time.Instant;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.ignbot.core.reply.MeetingView;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.GaSession;
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
    EmbedBuilder embed =
        new EmbedBuilder()
            .setColor(meeting.isCancelled() ? RED : BLUE)
            .setTitle(
                Limits.cut(
                    meeting.title() + (meeting.isCancelled() ? " — CANCELLED" : ""),
                    MessageEmbed.TITLE_MAX_LENGTH))
            .setDescription(TimeFormat.longDay(meeting.date()));
    if (meeting.isDateOnly()) {
      field(embed, "Time", "not announced in the letter");
    }
    for (Sitting sitting : meeting.sittings()) {
      field(
          embed,
          sitting.partOfDay() + (sitting.spillOver() ? " (reserved for possible spill-over)" : ""),
          TimeFormat.venueRange(sitting)
              + " New York\n"
              + stamp(sitting.startInstant(), 'F')
              + " – "
              + stamp(sitting.endInstant(), 't')
              + " · "
              + stamp(sitting.startInstant(), 'R'));
    }
    field(
        embed,
        "Venue",
        meeting.venue().map(v -> v + ", UN Headquarters").orElse("not announced in the letter"));
    if (!meeting.topics().isEmpty()) {
      field(
          embed,
          "Topics",
          meeting.topics().stream().map(Topic::text).collect(Collectors.joining("\n")));
    }
    if (!meeting.clusters().isEmpty()) {
      field(
          embed,
          "Clusters",
          meeting.clustersInOrder().stream()
              .map(Cluster::officialName)
              .collect(Collectors.joining("\n")));
    }
    meeting.notes().forEach(note -> field(embed, "Note", note));
    field(embed, "Source", meeting.source().citation());
    if (detail == MeetingView.Detail.FULL) {
      meeting.source().notes().forEach(note -> field(embed, "Source note", note));
      field(
          embed,
          "Session",
          GaSession.ordinal(meeting.session()) + " session of the General Assembly");
      field(embed, "Revision", String.valueOf(meeting.revision()));
    }
    return embed.setFooter("Id: " + meeting.id()).build();
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
