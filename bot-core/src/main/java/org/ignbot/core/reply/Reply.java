package org.ignbot.core.reply;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.ignbot.core.schedule.Meeting;

/**
 * What the core answers, free of any platform: a title, lines of text, meetings to show as cards or
 * lines, suggested actions and attached files. Each adapter renders it its own way.
 *
 * @param viewerZone the asker's own zone, shown beside New York time where the platform cannot
 *     render times in each reader's zone
 */
public record Reply(
    Status status,
    Visibility visibility,
    String title,
    List<String> lines,
    List<MeetingView> meetings,
    List<Action> actions,
    List<Attachment> attachments,
    Optional<ZoneId> viewerZone) {

  public enum Status {
    OK,
    ERROR
  }

  public enum Visibility {
    /** Only the asker sees it (Slack ephemeral, Discord ephemeral). */
    PRIVATE,
    /** Everyone in the conversation sees it. */
    PUBLIC
  }

  public Reply {
    Objects.requireNonNull(status);
    Objects.requireNonNull(visibility);
    Objects.requireNonNull(title);
    Objects.requireNonNull(viewerZone);
    lines = List.copyOf(lines);
    meetings = List.copyOf(meetings);
    actions = List.copyOf(actions);
    attachments = List.copyOf(attachments);
  }

  /** One clear line about what went wrong and what would work. */
  public static Reply error(String line) {
    return new Builder(Status.ERROR).line(line).build();
  }

  public static Builder ok() {
    return new Builder(Status.OK);
  }

  public boolean isError() {
    return status == Status.ERROR;
  }

  /** The same reply without the actions that {@code keep} rejects. */
  public Reply withActionsOnly(Predicate<Action> keep) {
    return new Reply(
        status,
        visibility,
        title,
        lines,
        meetings,
        actions.stream().filter(keep).toList(),
        attachments,
        viewerZone);
  }

  /** The same reply shown to a reader in {@code zone}. */
  public Reply inZone(Optional<ZoneId> zone) {
    return new Reply(status, visibility, title, lines, meetings, actions, attachments, zone);
  }

  /** Builds a reply step by step; commands read better that way. */
  public static final class Builder {
    private final Status status;
    private Visibility visibility = Visibility.PRIVATE;
    private String title = "";
    private final List<String> lines = new ArrayList<>();
    private final List<MeetingView> meetings = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();

    private Builder(Status status) {
      this.status = status;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder line(String line) {
      lines.add(line);
      return this;
    }

    public Builder card(Meeting meeting) {
      meetings.add(new MeetingView(meeting, MeetingView.Detail.CARD));
      return this;
    }

    public Builder full(Meeting meeting) {
      meetings.add(new MeetingView(meeting, MeetingView.Detail.FULL));
      return this;
    }

    public Builder summary(Meeting meeting) {
      meetings.add(new MeetingView(meeting, MeetingView.Detail.LINE));
      return this;
    }

    public Builder action(String label, ActionRequest request) {
      actions.add(new Action(label, request));
      return this;
    }

    public Builder attach(Attachment attachment) {
      attachments.add(attachment);
      return this;
    }

    public Builder visibility(Visibility visibility) {
      this.visibility = visibility;
      return this;
    }

    public Reply build() {
      return new Reply(
          status, visibility, title, lines, meetings, actions, attachments, Optional.empty());
    }
  }
}
