package org.ignbot.core.reply;

import java.util.Objects;

/** A file that goes with a reply, such as an .ics invite. */
public record Attachment(String fileName, String mediaType, byte[] content) {
  public Attachment {
    Objects.requireNonNull(fileName);
    Objects.requireNonNull(mediaType);
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
