package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table for the terminal: a header row, then rows; each column as wide as its
 * widest cell, long cells cut with an ellipsis at a column's maximum width.
 */
final class Table {
  private final List<String> header;
  private final int[] maxWidths;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * @param header the column names
   * @param maxWidths each column's widest cell before it is cut
   */
  Table(List<String> header, int... maxWidths) {
    if (header.size() != maxWidths.length) {
      throw new IllegalArgumentException("one maximum width per column");
    }
    this.header = header;
    this.maxWidths = maxWidths;
  }

  Table row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells: " + cells.length);
    }
    List<String> row = new ArrayList<>(cells.length);
    for (int i = 0; i < cells.length; i++) {
      row.add(
          cut(
              cells[i] == null ? "" : String.valueOf(cells[i]).replaceAll("\\s+", " "),
              maxWidths[i]));
    }
    rows.add(row);
    return this;
  }

  private static String cut(String cell, int max) {
    return cell.length() <= max ? cell : cell.substring(0, max - 1) + "…";
  }

  void print(PrintWriter out) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    line(out, header, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(out, rule, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    out.flush();
  }

  private static void line(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      line.append(cells.get(i));
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - cells.get(i).length()));
      }
    }
    out.println(line);
  }
}
