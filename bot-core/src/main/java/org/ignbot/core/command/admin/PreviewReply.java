package org.ignbot.core.command.admin;

import java.util.Optional;
import java.util.stream.Collectors;
import org.ignbot.core.letter.ImportPreview;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;

/** A letter's preview as a reply: what it adds, changes (was/now) and cancels, and the warnings. */
public final class PreviewReply {
  private static final TextRenderer TEXT = new TextRenderer();

  private PreviewReply() {}

  /** The preview; with {@code confirmable}, the actions to publish or drop it. */
  public static Reply of(ImportPreview preview, boolean confirmable) {
    Reply.Builder reply = Reply.ok();
    if (preview.changesNothing()) {
      reply.title(
          "Nothing to publish: the schedule already says what this letter says ("
              + preview.source().citation()
              + ").");
    } else {
      reply.title(
          "Preview of the "
              + preview.source().citation()
              + ": "
              + preview.summary()
              + "."
              + (confirmable ? " Nothing is published until you `confirm`." : ""));
    }
    for (MeetingChange change : preview.changes()) {
      reply.line(line(change));
    }
    if (!preview.unchanged().isEmpty()) {
      reply.line(
          "Already in the schedule as the letter says: "
              + preview.unchanged().stream().map(Meeting::id).collect(Collectors.joining(", ")));
    }
    for (String warning : preview.warnings()) {
      reply.line("Check: " + warning);
    }
    if (confirmable && !preview.changesNothing()) {
      reply
          .action("Publish", ActionRequest.of(ActionRequest.Kind.PUBLISH))
          .action("Discard", ActionRequest.of(ActionRequest.Kind.DISCARD));
    }
    return reply.build();
  }

  /** "Changed 2024-11-19 (1st IGN Plenary): sittings was 10:00–13:00, now 15:00–18:00". */
  static String line(MeetingChange change) {
    Meeting after = change.after();
    return switch (change.kind()) {
      case ADDED -> "Added: " + TEXT.line(after, Optional.empty());
      case CANCELLED -> "Cancelled: " + TEXT.line(after, Optional.empty()) + fields(change);
      case CHANGED -> "Changed " + after.id() + " (" + after.title() + ")" + fields(change);
    };
  }

  private static String fields(MeetingChange change) {
    if (change.fields().isEmpty()) {
      return "";
    }
    return ": "
        + change.fields().stream()
            .filter(
                field ->
                    change.kind() != MeetingChange.Kind.CANCELLED
                        || !field.field().equals("status"))
            .map(PreviewReply::field)
            .collect(Collectors.joining("; "));
  }

  /** "venue was X, now Y"; "note added: Z". */
  public static String field(FieldChange field) {
    if (field.was().isEmpty()) {
      return field.field() + ": " + field.now();
    }
    return field.field() + " was " + field.was() + ", now " + field.now();
  }
}
