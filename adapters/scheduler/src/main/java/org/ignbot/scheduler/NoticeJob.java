package org.ignbot.scheduler;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;

/** A change notice as db-scheduler stores it: its text, already written, and its recipient. */
record NoticeJob(
    String key,
    String platform,
    String workspace,
    String kind,
    String recipientId,
    String title,
    ArrayList<String> lines,
    long createdEpochSecond)
    implements Serializable {

  static NoticeJob of(String key, Recipient r, Reply notice, Instant now) {
    return new NoticeJob(
        key,
        r.platform(),
        r.workspace(),
        r.kind().name(),
        r.id(),
        notice.title(),
        new ArrayList<>(notice.lines()),
        now.getEpochSecond());
  }

  Recipient recipient() {
    return new Recipient(platform, workspace, Recipient.Kind.valueOf(kind), recipientId);
  }

  Reply reply() {
    Reply.Builder reply = Reply.ok().title(title);
    List.copyOf(lines).forEach(reply::line);
    return reply.build();
  }

  Instant created() {
    return Instant.ofEpochSecond(createdEpochSecond);
  }
}
