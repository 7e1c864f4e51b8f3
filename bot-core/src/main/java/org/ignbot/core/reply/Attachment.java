package org.ignbot.core.reply;

import java.util.Objects;
import org.ignbot.core.text.InboundText;

/** A file that goes with a reply, such as an .ics invite. */
public record Attachment(String fileName, String mediaType, byte[] content) {
  public Attachment {
    // File names come from chat platforms too: one line, no control character.
    fileName = InboundText.line(fileName);
    Objects.requireNonNull(mediaType);
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
