package org.ignbot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.ignbot.core.reply.Action;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.MeetingView;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.Meeting;

/**
 * Renders a core reply as Discord messages: errors as one plain line, answers as embeds, actions as
 * buttons, attachments as files. What does not fit one message (2,000 characters, 10 embeds, 6,000
 * characters of embeds) goes on in the next; buttons and files come with the last.
 */
final class ReplyRenderer {
  private final TextRenderer text = new TextRenderer();

  /**
   * The messages for {@code reply}. {@code workspace} is the guild the buttons act in; a click in a
   * direct message still knows it.
   */
  List<MessageCreateData> render(Reply reply, String workspace) {
    List<MessageCreateBuilder> messages = new ArrayList<>();
    if (reply.isError()) {
      List<String> lines = new ArrayList<>(reply.lines());
      if (!reply.title().isEmpty()) {
        lines.add(0, reply.title());
      }
      Limits.split(lines, Limits.CONTENT)
          .forEach(chunk -> messages.add(new MessageCreateBuilder().setContent(chunk)));
    } else {
      pack(embeds(reply), messages);
    }
    if (messages.isEmpty()) {
      messages.add(new MessageCreateBuilder());
    }
    MessageCreateBuilder last = messages.get(messages.size() - 1);
    last.setComponents(buttons(reply.actions(), workspace));
    for (Attachment file : reply.attachments()) {
      last.addFiles(FileUpload.fromData(file.content(), file.fileName()));
    }
    if (last.isEmpty()) {
      last.setContent("Done.");
    }
    return messages.stream().map(MessageCreateBuilder::build).toList();
  }

  private List<MessageEmbed> embeds(Reply reply) {
    List<MessageEmbed> embeds = new ArrayList<>();
    List<String> lines = new ArrayList<>(reply.lines());
    for (MeetingView view : reply.meetings()) {
      if (view.detail() == MeetingView.Detail.LINE) {
        lines.add("• " + line(view.meeting()));
      }
    }
    List<String> chunks = Limits.split(lines, MessageEmbed.DESCRIPTION_MAX_LENGTH);
    if (!reply.title().isEmpty() || !chunks.isEmpty()) {
      String title = Limits.cut(reply.title(), MessageEmbed.TITLE_MAX_LENGTH);
      if (chunks.isEmpty()) {
        embeds.add(new EmbedBuilder().setColor(MeetingEmbed.BLUE).setTitle(title).build());
      }
      for (int i = 0; i < chunks.size(); i++) {
        EmbedBuilder embed =
            new EmbedBuilder().setColor(MeetingEmbed.BLUE).setDescription(chunks.get(i));
        if (i == 0 && !title.isEmpty()) {
          embed.setTitle(title);
        }
        embeds.add(embed.build());
      }
    }
    for (MeetingView view : reply.meetings()) {
      if (view.detail() != MeetingView.Detail.LINE) {
        embeds.add(MeetingEmbed.of(view.meeting(), view.detail()));
      }
    }
    return embeds;
  }

  /** The text line, with when it starts relative to now (in the reader's client). */
  private String line(Meeting meeting) {
    String line = text.line(meeting, Optional.empty());
    return meeting.isDateOnly() || meeting.isCancelled()
        ? line
        : line + " · " + MeetingEmbed.stamp(meeting.startsAt(), 'R');
  }

  private static void pack(List<MessageEmbed> embeds, List<MessageCreateBuilder> messages) {
    List<MessageEmbed> current = new ArrayList<>();
    int length = 0;
    for (MessageEmbed embed : embeds) {
      if (!current.isEmpty()
          && (current.size() == Limits.EMBEDS
              || length + embed.getLength() > MessageEmbed.EMBED_MAX_LENGTH_BOT)) {
        messages.add(new MessageCreateBuilder().setEmbeds(current));
        current = new ArrayList<>();
        length = 0;
      }
      current.add(embed);
      length += embed.getLength();
    }
    if (!current.isEmpty()) {
      messages.add(new MessageCreateBuilder().setEmbeds(current));
    }
  }

  private static List<ActionRow> buttons(List<Action> actions, String workspace) {
    List<Button> buttons = new ArrayList<>();
    for (Action action : actions) {
      String id = ButtonId.of(workspace, action.request().token());
      if (id.length() <= Limits.CUSTOM_ID) {
        String label = Limits.cut(action.label(), Limits.LABEL);
        buttons.add(buttons.isEmpty() ? Button.primary(id, label) : Button.secondary(id, label));
      }
    }
    List<ActionRow> rows = new ArrayList<>();
    for (int i = 0; i < buttons.size() && rows.size() < Limits.ROWS; i += Limits.BUTTONS_PER_ROW) {
      rows.add(
          ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + Limits.BUTTONS_PER_ROW))));
    }
    return rows;
  }
}
