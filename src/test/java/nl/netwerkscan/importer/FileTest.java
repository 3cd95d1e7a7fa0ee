package nl.netwerkscan.importer;

import static nl.netwerkscan.importer.Imports.assertAt;
import static nl.netwerkscan.importer.Imports.contactAt;
import static nl.netwerkscan.importer.Imports.failure;
import static nl.netwerkscan.importer.Imports.only;
import static nl.netwerkscan.importer.Imports.read;
import static nl.netwerkscan.importer.SurveyFiles.HEADER;
import static nl.netwerkscan.importer.SurveyFiles.IMPORTANCE;
import static nl.netwerkscan.importer.SurveyFiles.INTENSITY;
import static nl.netwerkscan.importer.SurveyFiles.TRUST;
import static nl.netwerkscan.importer.SurveyFiles.data;
import static nl.netwerkscan.importer.SurveyFiles.standard;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import nl.netwerkscan.importer.SurveyFiles.Format;
import nl.netwerkscan.importer.SurveyFiles.SurveyFile;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.Problem;
import nl.netwerkscan.model.ProblemKind;
import nl.netwerkscan.model.Survey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The survey file itself: what cannot be read at all, formula cells, and reading without writing. */
class FileTest {
  @TempDir Path dir;

  @Test
  void aMissingFileSaysSo() {
    SurveyException e = failure(dir.resolve("bestaat-niet.xlsx"));

    assertEquals("error.file.missing", e.key());
    assertEquals("bestaat-niet.xlsx", e.arguments().get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"leeg.xlsx", "leeg.xls", "leeg.csv"})
  void anEmptyFileSaysSo(String name) {
    Path file = SurveyFiles.bytes(dir.resolve(name), new byte[0]);

    assertEquals("error.file.empty", failure(file).key());
  }

  @Test
  void aPngNamedXlsxIsNotASpreadsheet() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    Path file = SurveyFiles.bytes(dir.resolve("foto.xlsx"), png);

    assertEquals("error.file.not.spreadsheet", failure(file).key());
  }

  @ParameterizedTest
  @ValueSource(strings = {"notities.xlsx", "notities.xls"})
  void aTextFileNamedAsAWorkbookIsNotASpreadsheet(String name) {
    Path file = SurveyFiles.bytes(dir.resolve(name), "Respondent;Organisatie\nJan;GGz\n".getBytes(StandardCharsets.UTF_8));

    assertEquals("error.file.not.spreadsheet", failure(file).key());
  }

  @Test
  void aTruncatedWorkbookIsUnreadable() throws IOException {
    SurveyFile whole = standard(dir, Format.XLSX, "heel", data("Jan", null, "GGz"));
    byte[] bytes = Files.readAllBytes(whole.path());
    Path file = SurveyFiles.bytes(dir.resolve("kapot.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

    assertEquals("error.file.unreadable", failure(file).key());
  }

  /** A workbook whose zip is whole but whose contact sheet's XML stops in the middle of a cell. */
  @Test
  void aSheetWhoseXmlIsCutOffIsUnreadableNamingFileAndSheet() throws IOException {
    SurveyFile whole = standard(dir, Format.XLSX, "heel", data("Jan", null, "GGz"));
    Path file = dir.resolve("afgebroken.xlsx");
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(whole.path()));
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          int cell = xml.indexOf("<c r=\"C2\"");
          org.junit.jupiter.api.Assertions.assertTrue(cell > 0, xml);
          bytes = xml.substring(0, cell + 6).getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        out.write(bytes);
      }
    }

    SurveyException failure = failure(file);

    assertEquals("error.sheet.unreadable", failure.key());
    assertEquals(java.util.List.of("afgebroken.xlsx", "Contacten"), failure.arguments());
  }

  @Test
  void aPasswordProtectedWorkbookSaysSo() throws Exception {
    Path file = dir.resolve("geheim.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem();
        XSSFWorkbook workbook = new XSSFWorkbook()) {
      fill(workbook);
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("geheim");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        workbook.write(out);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }

    assertEquals("error.file.encrypted", failure(file).key());
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void formulaCellsGiveTheirCachedValue(Format format) throws IOException {
    Path file = dir.resolve("formules." + format.extension);
    try (Workbook workbook = format == Format.XLSX ? new XSSFWorkbook() : new HSSFWorkbook()) {
      Row row = fill(workbook);
      formula(row, INTENSITY, "\"dage\"&\"lijks\"");
      formula(row, IMPORTANCE, "2+2");
      formula(row, TRUST, "1/0");
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      for (Cell cell : row) {
        evaluator.evaluateFormulaCell(cell);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }

    Survey survey = read(file, ImportOptions.defaults());

    assertEquals(5, contactAt(survey, 2).answers().raw(Aspect.INTENSITY));
    assertEquals(4, contactAt(survey, 2).answers().raw(Aspect.IMPORTANCE));
    Problem error = only(survey, ProblemKind.INVALID_ANSWER);
    assertAt(error, "Contacten", 2, TRUST);
    assertEquals("#DIV/0!", error.value());
  }

  @Test
  void inlineStringsAsStreamingWritersSaveThemAreRead() throws IOException {
    Path file = dir.resolve("stream.xlsx");
    try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Row row = fill(workbook);
      row.createCell(INTENSITY).setCellValue("wekelijks");
      row.createCell(IMPORTANCE).setCellValue(3);
      workbook.write(out);
      workbook.dispose();
    }

    Survey survey = read(file, ImportOptions.defaults());

    assertEquals("Jan", contactAt(survey, 2).respondent().name());
    assertEquals(4, contactAt(survey, 2).answers().raw(Aspect.INTENSITY));
    assertEquals(3, contactAt(survey, 2).answers().raw(Aspect.IMPORTANCE));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theSurveyFileIsNotModified(Format format) throws IOException {
    SurveyFile file = standard(dir, format, "origineel", data("Jan", "Casemanager", "GGz", "Piet", "ja", 5));
    FileTime past = FileTime.from(Instant.parse("2024-03-01T09:00:00Z"));
    Files.setLastModifiedTime(file.path(), past);
    byte[] before = Files.readAllBytes(file.path());

    read(file);

    assertArrayEquals(before, Files.readAllBytes(file.path()));
    assertEquals(past, Files.getLastModifiedTime(file.path()));
  }

  /** A Contacten sheet with the header and Jan at GGz on row 2; returns row 2. */
  private static Row fill(Workbook workbook) {
    Sheet sheet = workbook.createSheet("Contacten");
    Row header = sheet.createRow(0);
    for (int i = 0; i < HEADER.length; i++) {
      header.createCell(i).setCellValue((String) HEADER[i]);
    }
    Row row = sheet.createRow(1);
    row.createCell(0).setCellValue("Jan");
    row.createCell(2).setCellValue("GGz");
    return row;
  }

  private static void formula(Row row, int column, String formula) {
    row.createCell(column).setCellFormula(formula);
  }
}
