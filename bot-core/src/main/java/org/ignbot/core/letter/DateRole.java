package org.ignbot.core.letter;

/** The part a date plays in a letter; only {@link #CONVENED} dates become meetings of their own. */
enum DateRole {
  /** The letter's own date, at its head. */
  LETTER,
  /** A From/Sent/Date line of a forwarded e-mail. */
  HEADER,
  /** An earlier letter referred to: "Further to our letter of 12 January 2026". */
  REFERENCE,
  /** A meeting already held: "the first informal meeting on 2 October 2024". */
  HELD,
  /** The day a meeting was on before it was moved: "originally scheduled for 25 February". */
  ORIGINAL,
  /** A deadline: "written contributions are welcome until 20 February 2027". */
  DEADLINE,
  /** A meeting the letter convenes, or moves to this day. */
  CONVENED,
  /** A meeting the letter cancels. */
  CANCELLED,
  /** Another body's meeting (a Journal's Fifth Committee entry) or a day with only those. */
  OTHER_BODY,
  /** An event named in passing (the General Assembly debate): a date-only entry. */
  IN_PASSING;

  /** Whether a date in this role is accounted for without being a meeting of its own. */
  boolean explained() {
    return this != CONVENED;
  }
}
