package nl.netwerkscan.importer;

import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * The attributes of one {@code <c r="B7" t="s" s="3">} element, read straight from the parser's
 * characters through Stax2's typed access: asking for them as Strings made three Strings a cell,
 * gigabytes of garbage for a million rows.
 */
final class CellAttributes extends TypedValueDecoder {
  /** A cell's type by its t attribute. */
  enum Type {
    /** No t, or t="n". */
    NUMBER,
    /** t="s": an index into the shared strings. */
    SHARED,
    /** t="inlineStr": the text is in the cell's own {@code <is><t>}. */
    INLINE,
    /** t="b". */
    BOOLEAN,
    /** Any other t ("str" for a formula's text, "e" for an error): the value as written. */
    OTHER
  }

  private static final int REFERENCE = 0;
  private static final int TYPE = 1;
  private static final int STYLE = 2;

  private int decoding;
  private int column;
  private Type type;
  private int style;

  /** Reads the attributes of the current start element, a cell. */
  void read(XMLStreamReader2 xml) throws XMLStreamException {
    clear();
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String name = xml.getAttributeLocalName(i);
      if (name.length() == 1) {
        switch (name.charAt(0)) {
          case 'r' -> decode(xml, i, REFERENCE);
          case 't' -> decode(xml, i, TYPE);
          case 's' -> decode(xml, i, STYLE);
          default -> { }
        }
      }
    }
  }

  /** Back to a cell without attributes: no reference, a number, style 0. */
  void clear() {
    column = -2;
    type = Type.NUMBER;
    style = 0;
  }

  /**
   * One attribute of the current cell whose local name is the one letter {@code name}, its value
   * already unescaped and trimmed (the scanner's way in); letters other than r, t and s are
   * ignored, as {@link #read} does.
   */
  void set(char name, char[] chars, int start, int end) {
    switch (name) {
      case 'r' -> decoding = REFERENCE;
      case 't' -> decoding = TYPE;
      case 's' -> decoding = STYLE;
      default -> {
        return;
      }
    }
    decode(chars, start, end);
  }

  private void decode(XMLStreamReader2 xml, int index, int attribute) throws XMLStreamException {
    decoding = attribute;
    xml.getAttributeAs(index, this);
  }

  /** Whether the cell gave its reference; else it follows the previous cell. */
  boolean hasReference() {
    return column != -2;
  }

  /** The 0-based column of the reference ("AB12" gives 27); -1 when it starts with no letter. */
  int column() {
    return column;
  }

  Type type() {
    return type;
  }

  int style() {
    return style;
  }

  @Override
  public void decode(char[] chars, int start, int end) {
    switch (decoding) {
      case REFERENCE -> column = columnOf(chars, start, end);
      case TYPE -> type = typeOf(chars, start, end);
      default -> style = styleOf(chars, start, end);
    }
  }

  @Override
  public void decode(String text) {
    decode(text.toCharArray(), 0, text.length());
  }

  @Override
  public void handleEmptyValue() {
    decode(new char[0], 0, 0);
  }

  /** The column of a cell reference's letters; long garbage is caught by the caller's range check. */
  static int columnOf(char[] chars, int start, int end) {
    int column = 0;
    for (int i = start; i < end && column <= SheetXmlParser.MAX_COLUMNS; i++) {
      char c = chars[i];
      if (c < 'A' || c > 'Z') {
        break;
      }
      column = column * 26 + (c - 'A' + 1);
    }
    return column - 1;
  }

  private static Type typeOf(char[] chars, int start, int end) {
    int length = end - start;
    if (length == 1) {
      return switch (chars[start]) {
        case 'n' -> Type.NUMBER;
        case 's' -> Type.SHARED;
        case 'b' -> Type.BOOLEAN;
        default -> Type.OTHER;
      };
    }
    return TextPool.sameText("inlineStr", chars, start, length) ? Type.INLINE : Type.OTHER;
  }

  /** A style index; anything but digits is a damaged sheet, as {@link Integer#parseInt} says. */
  private static int styleOf(char[] chars, int start, int end) {
    if (start == end || end - start > 9) {
      return Integer.parseInt(new String(chars, start, end - start));
    }
    int style = 0;
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        throw new NumberFormatException("not a style index: " + new String(chars, start, end - start));
      }
      style = style * 10 + (c - '0');
    }
    return style;
  }
}
