package nl.netwerkscan.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an .xlsx whose sheet XML inflates to about 3 GB from a file of about 3 MB: a real,
 * consistent zip (sizes and CRC right), made with java.util.zip's Deflater at maximum
 * compression. Deflating 3 GB would take a minute, so one megabyte of identical rows is
 * deflated once and its compressed blocks repeated: after a sync flush each copy decodes to the
 * same megabyte, because the 32 KB window it refers back to is the same every time.
 */
final class ZipBomb {
  private static final int CHUNK = 1 << 20;

  private ZipBomb() {}

  /**
   * @param part which part is the bomb: "xl/worksheets/sheet1.xml" or "xl/sharedStrings.xml"
   * @param megabytes how many megabytes it inflates to (below 4096: no zip64 needed)
   */
  static Path write(Path file, String part, int megabytes) throws IOException {
    boolean sheet = part.startsWith("xl/worksheets/");
    String row = sheet ? "<row><c t=\"inlineStr\"><is><t>boem</t></is></c></row>" : "<si><t>boem</t></si>";
    byte[] prefix =
        (sheet
                ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                    + "<row><c t=\"inlineStr\"><is><t>Respondent</t></is></c>"
                    + "<c t=\"inlineStr\"><is><t>Organisatie</t></is></c></row>"
                : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">")
            .getBytes(StandardCharsets.UTF_8);
    byte[] suffix = (sheet ? "</sheetData></worksheet>" : "</sst>").getBytes(StandardCharsets.UTF_8);
    byte[] chunk = repeat(row.getBytes(StandardCharsets.UTF_8));

    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, /* nowrap= */ true);
    byte[] first = deflate(deflater, concat(prefix, chunk), /* finish= */ false);
    byte[] middle = deflate(deflater, chunk, /* finish= */ false);
    byte[] last = deflate(deflater, suffix, /* finish= */ true);
    deflater.end();

    CRC32 crc = new CRC32();
    crc.update(prefix);
    for (int i = 0; i < megabytes; i++) {
      crc.update(chunk);
    }
    crc.update(suffix);
    long size = (long) prefix.length + (long) megabytes * chunk.length + suffix.length;
    long compressed = first.length + (long) (megabytes - 1) * middle.length + last.length;

    try (OutputStream out = Files.newOutputStream(file);
        SmallZip zip = new SmallZip(out)) {
      zip.add("[Content_Types].xml", CONTENT_TYPES);
      zip.add("_rels/.rels", ROOT_RELS);
      zip.add("xl/workbook.xml", WORKBOOK);
      zip.add("xl/_rels/workbook.xml.rels", sheet ? WORKBOOK_RELS : WORKBOOK_RELS_WITH_STRINGS);
      if (!sheet) {
        zip.add("xl/worksheets/sheet1.xml", SMALL_SHEET);
      }
      zip.begin(part, crc.getValue(), compressed, size);
      zip.raw(first);
      for (int i = 1; i < megabytes; i++) {
        zip.raw(middle);
      }
      zip.raw(last);
    }
    return file;
  }

  private static byte[] repeat(byte[] row) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(CHUNK);
    while (bytes.size() + row.length <= CHUNK) {
      bytes.writeBytes(row);
    }
    return bytes.toByteArray();
  }

  /** Deflates {@code input}, ending byte-aligned (sync flush) or with the final block. */
  private static byte[] deflate(Deflater deflater, byte[] input, boolean finish) {
    deflater.setInput(input);
    if (finish) {
      deflater.finish();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    while (true) {
      int n = deflater.deflate(buffer, 0, buffer.length, finish ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
      out.write(buffer, 0, n);
      if (finish ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
        return out.toByteArray();
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
          + "</Types>";
  private static final String ROOT_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
  private static final String WORKBOOK =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
          + "<sheets><sheet name=\"Contacten\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  private static final String WORKBOOK_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
  private static final String WORKBOOK_RELS_WITH_STRINGS =
      WORKBOOK_RELS.replace(
          "</Relationships>",
          "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
  private static final String SMALL_SHEET =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
          + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>";
}
