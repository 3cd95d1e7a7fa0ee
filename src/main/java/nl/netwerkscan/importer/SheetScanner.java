package nl.netwerkscan.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a worksheet's UTF-8 XML straight from its bytes for {@link SheetXmlParser}, which keeps
 * all the cell handling. A general XML parser (Aalto, the fastest we measured) spends about four
 * fifths of a million-row import on resolving every element and attribute name through its
 * symbol tables and handing out events; a sheet needs only the local names row, c, v, t and
 * dimension and the attributes r, t, s and ref, so this scanner compares those bytes in place and
 * skips everything else.
 *
 * <p>It reads all of XML that a sheet may hold: namespace prefixes (elements by local name, and
 * attributes as the StAX path asks for them), both quote styles, the predefined and numeric
 * character references, CDATA, comments, processing instructions and line-end normalisation.
 * Well-formedness is checked as far as reading depends on it: tags close in order, a tag or
 * reference is complete, the document ends with its root element, the UTF-8 of the cells' text
 * is valid, elements nest at most {@link #MAX_DEPTH} deep. A DOCTYPE is refused (no sheet has
 * one; a hostile file might). It is more lenient than a full parser where reading does not
 * depend on it: undeclared prefixes, a repeated attribute and characters not allowed in names
 * pass. Other encodings than UTF-8 go to Aalto ({@link #reads}).
 */
final class SheetScanner {
  /** The bytes looked at to decide the encoding: a BOM and the XML declaration. */
  static final int HEAD = 256;
  /** The longest tag or text taken whole: far beyond Excel's 32,767 characters per cell. */
  static final int MAX_TOKEN = 64 << 20;

  /** A sheet nests about seven deep; a file nesting far deeper is damaged or hostile. */
  static final int MAX_DEPTH = 256;

  private final InputStream in;
  private final SheetXmlParser sheet;
  private final CellAttributes attributes;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  private byte[] bytes = new byte[1 << 16];
  private int position;
  private int end;
  private boolean exhausted;
  private char[] text = new char[256];

  /** The open elements' qualified names, as hashes, to check each end tag against its start. */
  private long[] open = new long[16];
  private int depth;
  private boolean rootClosed;

  SheetScanner(byte[] head, InputStream in, SheetXmlParser sheet) {
    this.in = in;
    this.sheet = sheet;
    this.attributes = sheet.attributes();
    System.arraycopy(head, 0, bytes, 0, head.length);
    end = head.length;
    if (startsWithBom(head)) {
      position = 3;
    }
  }

  /**
   * Whether the bytes starting a sheet are UTF-8 (with or without a byte-order mark, with an XML
   * declaration naming UTF-8 or none): everything else is left to the general parser.
   */
  static boolean reads(byte[] head) {
    int start = startsWithBom(head) ? 3 : 0;
    if (head.length <= start || head[start] != '<') {
      return false; // UTF-16, or not XML at all: the general parser says which
    }
    String declaration = new String(head, start, head.length - start, StandardCharsets.ISO_8859_1);
    if (!declaration.startsWith("<?xml")) {
      return true;
    }
    int close = declaration.indexOf("?>");
    if (close < 0) {
      return false;
    }
    int name = declaration.substring(0, close).indexOf("encoding");
    if (name < 0) {
      return true;
    }
    String rest = declaration.substring(name + "encoding".length(), close).strip();
    if (!rest.startsWith("=")) {
      return false;
    }
    rest = rest.substring(1).strip();
    if (rest.isEmpty() || (rest.charAt(0) != '"' && rest.charAt(0) != '\'')) {
      return false;
    }
    int quote = rest.indexOf(rest.charAt(0), 1);
    return quote > 0 && rest.substring(1, quote).toLowerCase(Locale.ROOT).equals("utf-8");
  }

  private static boolean startsWithBom(byte[] head) {
    return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
  }

  void scan() throws IOException, SurveyException {
    while (true) {
      int lt = indexOf((byte) '<', position);
      if (lt < 0) {
        if (depth > 0 || !rootClosed) {
          throw damaged("the sheet ends inside an element");
        }
        return;
      }
      if (lt > position && sheet.wantsText()) {
        characters(position, lt);
      }
      position = lt;
      markup();
    }
  }

  /** At a '<': a tag, comment, CDATA section or processing instruction. */
  private void markup() throws IOException, SurveyException {
    byte next = position + 1 < end ? bytes[position + 1] : byteAt(position + 1);
    if (next == '/') {
      endTag();
    } else if (next == '?') {
      position = after("?>", position + 2);
    } else if (next == '!') {
      if (startsWith("<!--")) {
        position = after("-->", position + 4);
      } else if (startsWith("<![CDATA[")) {
        int close = indexOf("]]>", position + 9);
        if (sheet.wantsText()) {
          int length = decode(position + 9, close, false); // CDATA holds no references
          if (length > 0) {
            sheet.characters(text, 0, length);
          }
        }
        position = close + 3;
      } else {
        throw damaged("a DOCTYPE or other declaration in the sheet");
      }
    } else {
      startTag();
    }
  }

  private void startTag() throws IOException, SurveyException {
    // The first '>' ends the tag unless it stands inside a quoted value, which no sheet writer
    // puts there: taken as the end, checked by the attributes' own quotes, and only when they
    // disagree found again by the slower scan that follows quotes.
    int close = indexOf((byte) '>', position + 1);
    if (close < 0) {
      throw damaged("the sheet ends inside a tag");
    }
    int nameEnd = name(position + 1, close);
    int element = element(nameLocal, nameEnd);
    if (!tagRead(element, nameEnd, close, false)) {
      close = tagEnd(position + 1);
      nameEnd = name(position + 1, close);
      if (!tagRead(element, nameEnd, close, true)) {
        throw damaged("an attribute value without its closing quote");
      }
    }
    if (nameEnd == position + 1 || rootClosed) {
      throw damaged(rootClosed ? "content after the root element" : "a tag without a name");
    }
    if (element == SheetXmlParser.VALUE || element == SheetXmlParser.TEXT) {
      sheet.start(element);
    }
    if (bytes[close - 1] == '/') {
      if (element > OTHER) {
        sheet.end(element);
      }
      rootClosed = depth == 0;
    } else {
      push(nameHash);
    }
    position = close + 1;
  }

  /**
   * Reads the attributes the element needs from {@code [from, close)}; false when a quoted value
   * runs past {@code close} (or, for an element whose attributes are not read, any quote is
   * there while {@code close} was not found by following quotes), so that the tag's end must be
   * found by following quotes.
   */
  private boolean tagRead(int element, int from, int close, boolean exact) throws IOException, SurveyException {
    return switch (element) {
      case ROW -> startRow(from, close);
      case CELL -> startCell(from, close);
      case DIMENSION -> dimension(from, close);
      default -> exact || !quoted(from, close);
    };
  }

  private boolean quoted(int from, int close) {
    for (int i = from; i < close; i++) {
      if (bytes[i] == '"' || bytes[i] == '\'') {
        return true;
      }
    }
    return false;
  }

  private void endTag() throws IOException, SurveyException {
    int close = indexOf((byte) '>', position + 2); // an end tag holds no quotes
    if (close < 0) {
      throw damaged("the sheet ends inside a tag");
    }
    int nameStart = position + 2;
    int nameEnd = name(nameStart, close);
    for (int i = nameEnd; i < close; i++) {
      if (!isSpace(bytes[i])) {
        throw damaged("an end tag with more than its name");
      }
    }
    if (depth == 0 || open[--depth] != nameHash) {
      throw damaged("an end tag that closes no open element");
    }
    rootClosed = depth == 0;
    int element = element(nameLocal, nameEnd);
    if (element > OTHER) {
      sheet.end(element);
    }
    position = close + 1;
  }

  private static final int OTHER = 0;
  private static final int DIMENSION = -1;
  private static final int ROW = SheetXmlParser.ROW;
  private static final int CELL = SheetXmlParser.CELL;

  /** The element a local name is to the parser: one of the few it reads, or OTHER. */
  private int element(int start, int end) {
    int length = end - start;
    if (length == 1) {
      return switch (bytes[start]) {
        case 'c' -> CELL;
        case 'v' -> SheetXmlParser.VALUE;
        case 't' -> SheetXmlParser.TEXT;
        default -> OTHER;
      };
    }
    if (length == 3 && bytes[start] == 'r' && bytes[start + 1] == 'o' && bytes[start + 2] == 'w') {
      return ROW;
    }
    return length == 9 && same(start, "dimension") ? DIMENSION : OTHER;
  }

  private boolean startRow(int from, int close) throws IOException {
    int number = SheetXmlParser.NO_NUMBER;
    int at = attribute(from, close);
    for (; at >= 0; at = attribute(valueEnd + 1, close)) {
      if (!prefixed && localLength == 1 && bytes[localStart] == 'r') { // as StAX's (null, "r")
        number = rowNumber(value());
      }
    }
    if (at == UNCLOSED) {
      return false;
    }
    sheet.startRow(number);
    return true;
  }

  /** The row number in {@code text[0, length)}, read as {@link Integer#parseInt} would. */
  private int rowNumber(int length) {
    if (length == 0 || length > 9) {
      return Integer.parseInt(String.valueOf(text, 0, length)); // empty throws, long may overflow
    }
    int number = 0;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        throw new NumberFormatException("not a row number: " + String.valueOf(text, 0, length));
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }

  private boolean startCell(int from, int close) throws IOException {
    attributes.clear();
    int at = attribute(from, close);
    for (; at >= 0; at = attribute(valueEnd + 1, close)) {
      if (localLength == 1 && plain(valueStart, valueEnd)) {
        attributes.set(bytes[localStart], bytes, valueStart, valueEnd);
      } else if (localLength == 1) {
        attributes.set(bytes[localStart], text, 0, value());
      }
    }
    if (at == UNCLOSED) {
      return false;
    }
    sheet.startCell();
    return true;
  }

  private boolean dimension(int from, int close) throws IOException {
    String ref = null;
    int at = attribute(from, close);
    for (; at >= 0; at = attribute(valueEnd + 1, close)) {
      if (!prefixed && localLength == 3 && same(localStart, "ref")) {
        ref = String.valueOf(text, 0, value());
      }
    }
    if (at == UNCLOSED) {
      return false;
    }
    sheet.dimension(ref);
    return true;
  }

  private static final int UNCLOSED = -2;

  // The attribute found last by attribute(): its local name and its value's bytes.
  private int localStart;
  private int localLength;
  /**
   * Whether the name had a prefix: a row's r and the dimension's ref count only without one, as
   * the StAX path asks for them; a cell's r, t and s by local name, as it reads those.
   */
  private boolean prefixed;
  private int valueStart;
  private int valueEnd;

  /**
   * Finds the next attribute in {@code [from, close)}: its start, -1 when there is none, or
   * {@link #UNCLOSED} when its value's closing quote is not before {@code close}. Leaves its
   * local name and the bounds of its quoted value in the fields above.
   */
  private int attribute(int from, int close) throws IOException {
    byte[] bytes = this.bytes;
    int i = from;
    while (i < close && isSpace(bytes[i])) {
      i++;
    }
    if (i >= close || bytes[i] == '/') {
      return -1;
    }
    int nameStart = i;
    int local = i;
    for (; i < close; i++) {
      byte b = bytes[i];
      if (b == '=' || isSpace(b)) {
        break;
      }
      if (b == ':') {
        local = i + 1;
      }
    }
    int nameEnd = i;
    while (i < close && isSpace(bytes[i])) {
      i++;
    }
    if (nameEnd == nameStart || i >= close || bytes[i] != '=') {
      throw damaged("an attribute without a value");
    }
    i++;
    while (i < close && isSpace(bytes[i])) {
      i++;
    }
    byte quote = i < close ? bytes[i] : 0;
    if (quote != '"' && quote != '\'') {
      throw damaged("an attribute value without quotes");
    }
    int valueClose = i + 1;
    while (valueClose < close && bytes[valueClose] != quote) {
      valueClose++;
    }
    if (valueClose >= close) {
      return UNCLOSED;
    }
    localStart = local;
    localLength = nameEnd - local;
    prefixed = local != nameStart;
    valueStart = i + 1;
    valueEnd = valueClose;
    return nameStart;
  }

  /**
   * Decodes the last attribute's value into {@link #text}, trimmed as typed values are, and gives
   * its length; XML turns tabs and line ends in attribute values into spaces.
   */
  private int value() throws IOException {
    int length = plainValue();
    if (length < 0) {
      length = decode(valueStart, valueEnd, true);
    }
    int start = 0;
    while (start < length && text[start] <= ' ') {
      start++;
    }
    while (length > start && text[length - 1] <= ' ') {
      length--;
    }
    if (start > 0) {
      System.arraycopy(text, start, text, 0, length - start);
    }
    valueLength = length - start;
    return valueLength;
  }

  /** Whether {@code bytes[start, end)} are printable ASCII without references: used as they lie. */
  private boolean plain(int start, int end) {
    byte[] bytes = this.bytes;
    for (int i = start; i < end; i++) {
      byte b = bytes[i];
      if (b <= ' ' || b == '&') {
        return false;
      }
    }
    return true;
  }

  /**
   * The last attribute's value copied to {@link #text} when it is plain ASCII without references
   * or line ends, as a cell's r, t and s are: its length; else -1 for {@link #decode}.
   */
  private int plainValue() {
    int length = valueEnd - valueStart;
    if (text.length < length) {
      return -1;
    }
    byte[] bytes = this.bytes;
    char[] text = this.text;
    for (int i = 0, at = valueStart; i < length; i++, at++) {
      byte b = bytes[at];
      if (b < 0 || b == '&' || b == '\r') {
        return -1;
      }
      text[i] = (char) b;
    }
    return length;
  }

  private int valueLength;

  /** The text of {@code [from, to)} to the parser, references resolved and line ends normalised. */
  private void characters(int from, int to) throws IOException {
    int length = decode(from, to, true);
    if (length > 0) {
      sheet.characters(text, 0, length);
    }
  }

  /** Decodes {@code bytes[from, to)} into {@link #text}: UTF-8, line ends, references if asked. */
  private int decode(int from, int to, boolean references) throws IOException {
    // Room enough whatever the bytes hold: no reference or UTF-8 sequence is shorter as chars.
    if (text.length < to - from + 2) {
      text = new char[Math.max(to - from + 2, text.length * 2)];
    }
    byte[] bytes = this.bytes;
    char[] text = this.text;
    int length = 0;
    int i = from;
    while (i < to) {
      byte b = bytes[i];
      if (b >= 0 && (b != '&' || !references) && b != '\r') {
        text[length++] = (char) b;
        i++;
      } else if (b == '&') {
        i = reference(i, to);
        length += Character.toChars(referenceCode, text, length);
      } else if (b == '\r') {
        text[length++] = '\n'; // "\r\n" and a lone "\r" both end a line as "\n"
        i = i + 1 < to && bytes[i + 1] == '\n' ? i + 2 : i + 1;
      } else {
        int run = i;
        while (run < to && bytes[run] < 0) {
          run++;
        }
        length = utf8(i, run, length);
        i = run;
      }
    }
    return length;
  }

  /** Decodes the non-ASCII bytes {@code [from, to)} as UTF-8 after {@code length} chars. */
  private int utf8(int from, int to, int length) throws IOException {
    utf8.reset();
    CharBuffer target = CharBuffer.wrap(text, length, text.length - length);
    CoderResult result = utf8.decode(ByteBuffer.wrap(bytes, from, to - from), target, true);
    if (result.isError() || utf8.flush(target).isError()) {
      throw damaged("bytes that are not UTF-8");
    }
    return target.position();
  }

  private int referenceCode;

  /** Reads the reference at {@code bytes[at] == '&'}, leaving its code point; gives what follows. */
  private int reference(int at, int to) throws IOException {
    int semicolon = at + 1;
    while (semicolon < to && semicolon - at <= 12 && bytes[semicolon] != ';') {
      semicolon++;
    }
    if (semicolon >= to || bytes[semicolon] != ';') {
      throw damaged("an '&' that starts no reference");
    }
    int start = at + 1;
    if (bytes[start] == '#') {
      referenceCode = codePoint(start + 1, semicolon);
    } else if (semicolon - start == 2 && same(start, "lt")) {
      referenceCode = '<';
    } else if (semicolon - start == 2 && same(start, "gt")) {
      referenceCode = '>';
    } else if (semicolon - start == 3 && same(start, "amp")) {
      referenceCode = '&';
    } else if (semicolon - start == 4 && same(start, "quot")) {
      referenceCode = '"';
    } else if (semicolon - start == 4 && same(start, "apos")) {
      referenceCode = '\'';
    } else {
      throw damaged("an unknown entity reference");
    }
    return semicolon + 1;
  }

  private int codePoint(int from, int to) throws IOException {
    boolean hex = from < to && bytes[from] == 'x';
    int start = hex ? from + 1 : from;
    int code = 0;
    for (int i = start; i < to; i++) {
      int digit = Character.digit(bytes[i], hex ? 16 : 10);
      if (digit < 0 || code > 0x10FFFF) {
        throw damaged("a character reference that is not a number");
      }
      code = code * (hex ? 16 : 10) + digit;
    }
    if (start == to || !Character.isValidCodePoint(code) || code == 0) {
      throw damaged("a character reference to no character");
    }
    return code;
  }

  // Reading ahead: every token is taken whole into the buffer before it is looked at.

  /** The index of the '>' ending the tag begun before {@code from}, outside quoted values. */
  private int tagEnd(int from) throws IOException {
    int offset = from - position;
    byte quote = 0;
    while (true) {
      byte[] bytes = this.bytes;
      int end = this.end;
      for (int i = position + offset; i < end; i++) {
        byte b = bytes[i];
        if (quote != 0) {
          if (b == quote) {
            quote = 0;
          }
        } else if (b == '>') {
          return i;
        } else if (b == '"' || b == '\'') {
          quote = b;
        } else if (b == '<') {
          throw damaged("a '<' inside a tag");
        }
      }
      offset = end - position;
      if (!more()) {
        throw damaged("the sheet ends inside a tag");
      }
    }
  }

  /** The index of the next {@code b} at or after {@code from}, or -1 at the end of the sheet. */
  private int indexOf(byte b, int from) throws IOException {
    int offset = from - position;
    while (true) {
      byte[] bytes = this.bytes;
      int end = this.end;
      for (int i = position + offset; i < end; i++) {
        if (bytes[i] == b) {
          return i;
        }
      }
      offset = end - position;
      if (!more()) {
        return -1;
      }
    }
  }

  /** The index of the next {@code marker} at or after {@code from}; the sheet must hold one. */
  private int indexOf(String marker, int from) throws IOException {
    byte first = (byte) marker.charAt(0);
    int offset = from - position;
    while (true) {
      int at = indexOf(first, position + offset);
      if (at < 0) {
        throw damaged("the sheet ends before " + marker);
      }
      offset = at - position;
      while (end - at < marker.length()) {
        if (!more()) {
          throw damaged("the sheet ends before " + marker);
        }
        at = position + offset;
      }
      if (same(at, marker)) {
        return at;
      }
      offset++;
    }
  }

  private int after(String marker, int from) throws IOException {
    return indexOf(marker, from) + marker.length();
  }

  private boolean startsWith(String marker) throws IOException {
    while (end - position < marker.length()) {
      if (!more()) {
        return false;
      }
    }
    return same(position, marker);
  }

  private byte byteAt(int index) throws IOException {
    int offset = index - position;
    while (position + offset >= end) {
      if (!more()) {
        throw damaged("the sheet ends inside a tag");
      }
    }
    return bytes[position + offset];
  }

  /**
   * Reads more of the sheet behind what is buffered, first moving the unread bytes to the front
   * (so indices held by a caller shift: callers hold offsets from {@link #position}).
   */
  private boolean more() throws IOException {
    if (exhausted) {
      return false;
    }
    if (end == bytes.length) {
      if (position > 0) {
        System.arraycopy(bytes, position, bytes, 0, end - position);
        end -= position;
        position = 0;
      } else if (bytes.length >= MAX_TOKEN) {
        throw damaged("a tag or text longer than " + MAX_TOKEN + " bytes");
      } else {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
    }
    int read = in.read(bytes, end, bytes.length - end);
    if (read < 0) {
      exhausted = true;
      return false;
    }
    end += read;
    return true;
  }

  // Names.

  // The name found last by name(): where its local part starts, and its hash.
  private int nameLocal;
  private long nameHash;

  /**
   * Reads the qualified name starting at {@code from} in one pass (this is the scanner's
   * innermost work, a few times per cell): gives where it ends, and leaves where its local name
   * starts (after the prefix's colon) and its hash for the nesting check.
   */
  private int name(int from, int close) {
    byte[] bytes = this.bytes;
    long hash = 0;
    int local = from;
    int i = from;
    for (; i < close; i++) {
      byte b = bytes[i];
      if (b == ' ' || b == '/' || b == '\n' || b == '\t' || b == '\r') {
        break;
      }
      if (b == ':') {
        local = i + 1;
      }
      hash = hash * 1_000_003L + b;
    }
    nameLocal = local;
    nameHash = hash * 31 + (i - from);
    return i;
  }

  private void push(long name) throws IOException {
    if (depth == MAX_DEPTH) {
      throw damaged("elements nested more than " + MAX_DEPTH + " deep");
    }
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
    }
    open[depth++] = name;
  }

  private boolean same(int at, String ascii) {
    for (int i = 0; i < ascii.length(); i++) {
      if (bytes[at + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\t' || b == '\r';
  }

  private static DamagedSheet damaged(String what) {
    return new DamagedSheet(what);
  }

  /** XML that no well-formed sheet holds; the import reports the sheet as unreadable. */
  static final class DamagedSheet extends IOException {
    private static final long serialVersionUID = 1L;

    DamagedSheet(String what) {
      super("damaged sheet XML: " + what);
    }
  }
}
