package org.ignbot.core.letter.writer;

import java.util.List;
import java.util.Objects;

/**
 * A written letter: what it says, its wording, and the file.
 *
 * @param asides its sentences naming dates that are no meeting
 * @param fileName the name the reader is given, its extension telling the format
 */
record RandomLetter(
    LetterPlan plan,
    List<Asides.Aside> asides,
    WrittenLetter letter,
    String fileName,
    byte[] bytes) {
  RandomLetter {
    asides = List.copyOf(asides);
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** How to write this letter again and what it is, for a failure message. */
  String describe() {
    return "seed "
        + plan.seed()
        + ", style "
        + plan.style()
        + ", format "
        + plan.format()
        + " (rerun: -Dletters.seed="
        + plan.seed()
        + " -Dletters.count=1 -Dletters.styles="
        + plan.style()
        + " -Dletters.formats="
        + plan.format()
        + ")";
  }
}
