package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.List;

/**
 * A letter's lines split into table rows (read by {@link TableRows}) and paragraphs of prose (read
 * sentence by sentence by {@link ProseSentences}). The letter's own date line is skipped.
 */
final class LetterBody {
  private final TableRows table;
  private final ProseSentences prose;
  private final List<String> warnings;
  private final List<String> unread = new ArrayList<>();
  private boolean datedRun;

  LetterBody(Years years, List<String> warnings, DateLedger ledger, MeetingDefaults defaults) {
    this.warnings = warnings;
    this.table = new TableRows(years, warnings);
    this.prose = new ProseSentences(years, warnings, ledger, defaults);
  }

  void read(List<String> letter, boolean dated) {
    List<String> lines = TableBlock.reorder(letter);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    boolean datePassed = !dated;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!datePassed && LetterReader.isDateLine(line)) {
        datePassed = true;
        continue;
      }
      int used = table.tryRow(lines, i);
      if (used > 0) {
        datedRun = true;
        i += used - 1;
        flush(paragraph, paragraphs);
        continue;
      }
      if (line.contains("\t")) {
        unread.add(line);
      } else {
        endOfTable();
      }
      if (line.isBlank()) {
        flush(paragraph, paragraphs);
      } else {
        if (paragraph.length() > 0 && !paragraph.toString().endsWith("-")) {
          paragraph.append(' ');
        }
        paragraph.append(line.strip());
      }
    }
    flush(paragraph, paragraphs);
    endOfTable();
    paragraphs.forEach(prose::read);
  }

  /**
   * Warns of the rows of the table just ended that were not read, if it is a table of dates (two
   * names side by side under the letter are not).
   */
  private void endOfTable() {
    if (datedRun) {
      unread.forEach(row -> Accounting.unreadRow(row, warnings));
    }
    unread.clear();
    datedRun = false;
  }

  List<DraftBuilder> tableRows() {
    return table.drafts();
  }

  /** How many dated table rows the letter has, read or not. */
  int datedRows() {
    return table.rows();
  }

  ProseSentences prose() {
    return prose;
  }

  private static void flush(StringBuilder paragraph, List<String> paragraphs) {
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
      paragraph.setLength(0);
    }
  }
}
