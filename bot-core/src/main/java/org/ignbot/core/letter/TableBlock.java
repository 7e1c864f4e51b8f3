package org.ignbot.core.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A table from the layout, in any column order: the header names the columns ("Date", "Time",
 * "Venue", "Cluster", "Meeting", ...), and each row is put in the reader's order (meeting, date,
 * time, venue, topic, remarks) before {@link TableRows} reads it. Without a header the cells are
 * read in their own order.
 */
final class TableBlock {
  /** The columns in the reader's order; a header cell is the first whose words it has. */
  private enum Column {
    TITLE("\\b(?:meeting|format|event|session|type|plenary)"),
    DATE("\\b(?:date|day)s?\\b"),
    TIME("\\b(?:time|times|hours?|sittings?|schedule)\\b"),
    VENUE("\\b(?:venue|room|location|place)s?\\b"),
    TOPIC("\\b(?:topic|cluster|theme|subject|agenda|issue|focus|item|programme)s?\\b"),
    REMARKS("\\b(?:remarks?|notes?|status|comments?|changes?)\\b");

    /** The order in which a header cell is tried: "Date of meeting" is a date. */
    private static final List<Column> TRIED = List.of(DATE, TIME, VENUE, TOPIC, TITLE, REMARKS);

    private final Pattern name;

    Column(String regex) {
      this.name = Pattern.compile("(?i)" + regex);
    }
  }

  private static final Pattern NUMBER =
      Pattern.compile("(?i)(?:no\\.?|n°|#|s/?n|ser(?:ial)?\\.?(?:\\s+no\\.?)?|number)");

  private TableBlock() {}

  /** The table's rows as tab-separated lines in the reader's column order. */
  static List<String> lines(List<List<String>> rows, boolean header) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Column> columns = columns(rows.get(0));
    boolean named = isHeader(rows.get(0));
    List<String> lines = new ArrayList<>();
    for (int r = named || header ? 1 : 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (!named) {
        lines.add(String.join("\t", row));
        continue;
      }
      List<String> ordered = new ArrayList<>();
      for (Column wanted : Column.values()) {
        for (int c = 0; c < row.size() && c < columns.size(); c++) {
          if (columns.get(c) == wanted) {
            ordered.add(row.get(c));
          }
        }
      }
      for (int c = 0; c < row.size(); c++) {
        if ((c >= columns.size() || columns.get(c) == null) && !numbers(rows.get(0), c)) {
          ordered.add(row.get(c));
        }
      }
      if (!columns.contains(Column.TITLE)) {
        ordered.add(0, "");
      }
      lines.add(String.join("\t", ordered).replaceAll("\\s*\\n\\s*", " "));
    }
    return lines;
  }

  /**
   * The letter's lines with each tab-separated table that has a header row put in the reader's
   * column order (a pasted or plain-text letter's tables come as such lines).
   */
  static List<String> reorder(List<String> lines) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      List<String> cells = List.of(line.split("\t", -1));
      if (cells.size() < 2 || !isHeader(cells)) {
        out.add(line);
        i++;
        continue;
      }
      List<List<String>> rows = new ArrayList<>();
      rows.add(cells);
      int j = i + 1;
      while (j < lines.size() && lines.get(j).contains("\t")) {
        rows.add(List.of(lines.get(j).split("\t", -1)));
        j++;
      }
      out.add("");
      out.addAll(lines(rows, true));
      i = j;
    }
    return out;
  }

  /** Whether column {@code c} only numbers the rows ("No.", "#"): it says nothing of a meeting. */
  private static boolean numbers(List<String> header, int c) {
    return c < header.size() && NUMBER.matcher(header.get(c).strip()).matches();
  }

  /** A row of column names: no date, and at least two cells that name a column. */
  private static boolean isHeader(List<String> row) {
    return LetterDates.find(String.join("\t", row), new ArrayList<>()).isEmpty()
        && columns(row).stream().filter(column -> column != null).count() >= 2;
  }

  private static List<Column> columns(List<String> header) {
    List<Column> columns = new ArrayList<>();
    for (String cell : header) {
      Column found = null;
      String said = cell.strip().toLowerCase(Locale.ROOT);
      for (Column column : Column.TRIED) {
        if (said.length() <= 40 && column.name.matcher(said).find()) {
          found = column;
          break;
        }
      }
      columns.add(found);
    }
    return columns;
  }
}
