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
   * the plain ASCII bytes {@code [start, end)}, trimmed (the scanner's way in: a sheet's bytes,
   * parsed where they lie); letters other than r, t and s are ignored, as {@link #read} does.
   */
  void set(byte name, byte[] bytes, int start, int end) {
    switch (name) {
      case 'r' -> column = columnOf(bytes, start, end);
      case 't' -> type = typeOf(bytes, start, end);
      case 's' -> style = styleOf(bytes, start, end);
      default -> { }
    }
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

  /**
   * A value as the StAX parser gives it, in chars: read as bytes, each char beyond ASCII a '?',
   * which no reference, type or style holds, so that it fails the same way.
   */
  @Override
  public void decode(char[] chars, int start, int end) {
    set(NAMES[decoding], chars, start, end);
  }

  /** {@link #set(byte, byte[], int, int)} for a value in chars (see {@link #decode(char[], int, int)}). */
  void set(byte name, char[] chars, int start, int end) {
    byte[] bytes = new byte[end - start];
    for (int i = start; i < end; i++) {
      char c = chars[i];
      bytes[i - start] = c < 0x80 ? (byte) c : (byte) '?';
    }
    set(name, bytes, 0, bytes.length);
  }

  private static final byte[] NAMES = {'r', 't', 's'};

  @Override
  public void decode(String text) {
    decode(text.toCharArray(), 0, text.length());
  }

  @Override
  public void handleEmptyValue() {
    decode(new char[0], 0, 0);
  }

  /** The column of a cell reference's letters; long garbage is caught by the caller's range check. */
  static int columnOf(byte[] bytes, int start, int end) {
    int column = 0;
    for (int i = start; i < end && column <= SheetXmlParser.MAX_COLUMNS; i++) {
      byte c = bytes[i];
      if (c < 'A' || c > 'Z') {
        break;
      }
      column = column * 26 + (c - 'A' + 1);
    }
    return column - 1;
  }

  private static Type typeOf(byte[] bytes, int start, int end) {
    int length = end - start;
    if (length == 1) {
      return switch (bytes[start]) {
        case 'n' -> Type.NUMBER;
        case 's' -> Type.SHARED;
        case 'b' -> Type.BOOLEAN;
        default -> Type.OTHER;
      };
    }
    return length == INLINE.length && java.util.Arrays.equals(bytes, start, end, INLINE, 0, INLINE.length)
        ? Type.INLINE
        : Type.OTHER;
  }

  private static final byte[] INLINE = "inlineStr".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** A style index; anything but digits is a damaged sheet, as {@link Integer#parseInt} says. */
  private static int styleOf(byte[] bytes, int start, int end) {
    if (start == end || end - start > 9) {
      return Integer.parseInt(ascii(bytes, start, end));
    }
    int style = 0;
    for (int i = start; i < end; i++) {
      byte c = bytes[i];
      if (c < '0' || c > '9') {
        throw new NumberFormatException("not a style index: " + ascii(bytes, start, end));
      }
      style = style * 10 + (c - '0');
    }
    return style;
  }

  private static String ascii(byte[] bytes, int start, int end) {
    return new String(bytes, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
