package nl.netwerkscan.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;

/** How non-text cell values become the text the interpreter reads. */
final class CellText {
  private CellText() {}

  /** A number in its plain form: 3.0 becomes "3", 2.5 stays "2.5". */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** A number as stored in the file's XML; avoids a parse for the common integer case. */
  static String number(String stored) {
    if (isPlainInteger(stored)) {
      return stored;
    }
    try {
      return number(Double.parseDouble(stored));
    } catch (NumberFormatException e) {
      return stored;
    }
  }

  /** An Excel date serial as an ISO date (or date-time when it has a time of day). */
  static String date(double serial) {
    LocalDateTime dateTime = DateUtil.getLocalDateTime(serial);
    LocalDate date = dateTime.toLocalDate();
    return dateTime.toLocalTime().toSecondOfDay() == 0 ? date.toString() : dateTime.toString();
  }

  static String bool(boolean value) {
    return value ? "TRUE" : "FALSE";
  }

  private static boolean isPlainInteger(String text) {
    if (text.isEmpty() || text.length() > 15) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && !(i == 0 && c == '-' && text.length() > 1)) {
        return false;
      }
    }
    return true;
  }
}
