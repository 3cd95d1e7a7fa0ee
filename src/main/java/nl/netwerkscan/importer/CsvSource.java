package nl.netwerkscan.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file that holds the Contacten sheet alone. The separator (; or ,) is the one under
 * which a header row with both required columns appears; the encoding is UTF-8 (with or without
 * BOM), or Windows-1252 when the bytes are not valid UTF-8 (the file Excel saves as "CSV" on a
 * Dutch Windows machine).
 */
final class CsvSource implements SheetSource {
  private static final int HEADER_SEARCH_LINES = 20;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final Path file;
  private final String sheetName;

  CsvSource(Path file) {
    this.file = file;
    this.sheetName = file.getFileName().toString();
  }

  @Override
  public List<String> sheetNames() {
    return List.of(sheetName);
  }

  @Override
  public void read(String sheet, RowHandler handler) throws SurveyException {
    try {
      Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
      char delimiter = detectDelimiter(charset);
      // Empty lines stay records: Excel shows them as rows, so later rows keep their numbers.
      CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
      try (Reader reader = open(charset);
          CSVParser parser = CSVParser.parse(reader, format)) {
        for (CSVRecord record : parser) {
          handler.row(new RawRow((int) record.getRecordNumber(), record.values()));
        }
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new SurveyException("error.file.unreadable", e, sheetName);
    }
  }

  private Reader open(Charset charset) throws IOException {
    BufferedReader reader = Files.newBufferedReader(file, charset);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  /**
   * ; or , : the first under which the first lines hold a row with both required headers, else
   * the more frequent one in the first non-blank line.
   */
  private char detectDelimiter(Charset charset) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = (BufferedReader) open(charset)) {
      for (String line; lines.size() < HEADER_SEARCH_LINES && (line = reader.readLine()) != null; ) {
        lines.add(line);
      }
    }
    for (char candidate : new char[] {';', ','}) {
      for (String line : lines) {
        if (HeaderRow.hasRequiredHeaders(line.split(String.valueOf(candidate)))) {
          return candidate;
        }
      }
    }
    // No contacts header (an --organisations file): go by the header line alone, because the
    // aliases below it may themselves be separated by commas ("BTO,Team Oost").
    String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
    long semicolons = first.chars().filter(c -> c == ';').count();
    long commas = first.chars().filter(c -> c == ',').count();
    return semicolons >= commas ? ';' : ',';
  }

  private static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      ByteBuffer pending = ByteBuffer.allocate(buffer.length + 8);
      java.nio.CharBuffer out = java.nio.CharBuffer.allocate(buffer.length + 8);
      for (int n; (n = in.read(buffer)) > 0; ) {
        pending.put(buffer, 0, n).flip();
        out.clear();
        var result = decoder.decode(pending, out, false);
        if (result.isError()) {
          return false;
        }
        pending.compact();
      }
      pending.flip();
      out.clear();
      return !decoder.decode(pending, out, true).isError() && !decoder.flush(out).isError();
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Override
  public void close() {}
}
