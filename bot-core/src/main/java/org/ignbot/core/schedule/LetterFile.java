package org.ignbot.core.schedule;

import java.util.Arrays;
import java.util.Objects;

/**
 * A letter's file as the Co-Chairs sent it (PDF, Word or text), kept so delegates can download the
 * original rather than the bot's reading of it. Compared by content.
 */
public record LetterFile(byte[] content) {
  public LetterFile {
    Objects.requireNonNull(content);
    if (content.length == 0) {
      throw new IllegalArgumentException("a letter's file has content");
    }
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LetterFile file && Arrays.equals(content, file.content);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "LetterFile[" + content.length + " bytes]";
  }
}
