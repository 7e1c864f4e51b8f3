package org.ignbot.core.letter.writer;

/** The ways letters announcing IGN meetings are laid out. */
enum Style {
  /** A Co-Chairs' letter in sentences: "will be held on ... from ... in ...". */
  PROSE,
  /** A letter with a table of the meetings, its columns in any order. */
  TABLE,
  /** A programme of work: times and room once for all, a row per meeting, exceptions in a row. */
  PROGRAMME,
  /** An extract of the UN Journal: day headings, other bodies' meetings, dashes lost. */
  JOURNAL,
  /** A prose letter forwarded by e-mail, under From/Sent/To/Subject headers. */
  EMAIL,
  /** A letter that moves or cancels meetings already announced. */
  RESCHEDULE
}
