package nl.netwerkscan.report.slides;

import java.util.List;

/**
 * Column widths for a slide table that never split a word: each column is at least as wide as
 * its widest word (header in bold), and the room left is shared in proportion to what each
 * column needs to show its longest text on one line. A table whose texts all fit on one line
 * is widened to the full body, so every table on the slides has the same width.
 */
final class ColumnWidths {
  /** Left and right cell margins (DrawingML's default 0.1 inch each) and a little slack. */
  static final double PADDING = 2 * 7.2 + 4;

  private ColumnWidths() {}

  static double[] fit(List<String> headers, List<List<String>> rows, double fontSize, double available) {
    int columns = headers.size();
    double[] least = new double[columns];
    double[] wanted = new double[columns];
    for (int c = 0; c < columns; c++) {
      least[c] = SlideText.widestWord(headers.get(c), fontSize, true) + PADDING;
      wanted[c] = SlideText.width(headers.get(c), fontSize, true) + PADDING;
      for (List<String> row : rows) {
        least[c] = Math.max(least[c], SlideText.widestWord(row.get(c), fontSize, false) + PADDING);
        wanted[c] = Math.max(wanted[c], SlideText.width(row.get(c), fontSize, false) + PADDING);
      }
    }
    double leastTotal = sum(least);
    double wantedTotal = sum(wanted);
    double[] widths = new double[columns];
    for (int c = 0; c < columns; c++) {
      if (wantedTotal <= available) {
        widths[c] = wanted[c] * available / wantedTotal;
      } else if (leastTotal < available) {
        widths[c] = least[c] + (wanted[c] - least[c]) * (available - leastTotal) / (wantedTotal - leastTotal);
      } else {
        widths[c] = least[c]; // wider than the slide rather than a word split
      }
    }
    return widths;
  }

  static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }
}
