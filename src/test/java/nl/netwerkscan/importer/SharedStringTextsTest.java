package nl.netwerkscan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.Survey;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain texts of the shared-strings table against POI's own reading of the same XML. */
class SharedStringTextsTest {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  @Test
  void runsAreJoinedPhoneticRunsLeftOutAndEscapesDecodedAsPoiDoes() throws Exception {
    String table =
        sst(
            "<si><t>GeldZorg</t></si>",
            "<si><r><rPr><b/></rPr><t>Museum </t></r><r><t xml:space=\"preserve\">Technische  Werken</t></r></si>",
            "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh><phoneticPr fontId=\"1\"/></si>",
            "<si><t>regel_x000D_twee</t></si>",
            "<si><t>a &amp; b &lt;c&gt; &#233;</t></si>",
            "<si/>");

    SharedStringTexts texts = read(table);

    assertEquals("GeldZorg", texts.text(0));
    assertEquals("Museum Technische  Werken", texts.text(1));
    assertEquals("漢字", texts.text(2));
    assertEquals("regel\rtwee", texts.text(3));
    assertEquals("a & b <c> é", texts.text(4));
    assertEquals("", texts.text(5));
    assertThrows(IllegalStateException.class, () -> texts.text(6));
  }

  @Test
  void everyEntryOfRandomTablesIsPoisOwnText() throws Exception {
    Random random = new Random(2024);
    String[] pieces = {"Werkbedrijf", " ", "  ", "é", "𝄞", "&amp;", "&#10;", "_x000D_", "_x005F_x0041_", "_x", "\n", "\t", "<![CDATA[a<b]]>", "x"};
    for (int round = 0; round < 300; round++) {
      List<String> entries = new ArrayList<>();
      int count = random.nextInt(20);
      for (int i = 0; i < count; i++) {
        entries.add(entry(random, pieces));
      }
      String table = sst(entries.toArray(String[]::new));
      ReadOnlySharedStringsTable poi =
          new ReadOnlySharedStringsTable(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), false);

      SharedStringTexts texts = read(table);

      assertEquals(poi.getUniqueCount(), count, table);
      for (int i = 0; i < count; i++) {
        assertEquals(poi.getItemAt(i).getString(), texts.text(i), table);
      }
    }
  }

  @Test
  void aSurveyWhoseOrganisationIsRichTextInExcelsTableReadsAsItsJoinedRuns(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("opgemaakt.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet sheet = workbook.createSheet(SurveyFiles.CONTACTS);
      SurveyFiles.fill(sheet, List.of(SurveyFiles.HEADER, SurveyFiles.data("Anouk de Jong", null, "placeholder")));
      XSSFFont bold = workbook.createFont();
      bold.setBold(true);
      XSSFRichTextString organisation = new XSSFRichTextString("Museum Technische Werken");
      organisation.applyFont(0, 7, bold); // two runs: "Museum " in bold, the rest plain
      sheet.getRow(1).getCell(2).setCellValue(organisation);
      workbook.write(out);
    }

    Survey survey = Imports.read(file, ImportOptions.defaults());

    Contact contact = Imports.contactAt(survey, 2);
    assertEquals("Museum Technische Werken", contact.organisation().name());
    assertEquals("Anouk de Jong", contact.respondent().name());
  }

  @Test
  void aWorkbookWithoutTableRefusesEveryIndexAsPoiDoes() throws Exception {
    assertThrows(IllegalStateException.class, () -> SharedStringTexts.empty().text(0));
  }

  private static String entry(Random random, String[] pieces) {
    StringBuilder entry = new StringBuilder("<si>");
    switch (random.nextInt(4)) {
      case 0 -> entry.append("<t>").append(text(random, pieces)).append("</t>");
      case 1 -> {
        for (int run = random.nextInt(3) + 1; run > 0; run--) {
          entry.append("<r><rPr><i/></rPr><t xml:space=\"preserve\">").append(text(random, pieces)).append("</t></r>");
        }
      }
      case 2 ->
          entry
              .append("<t>")
              .append(text(random, pieces))
              .append("</t><rPh sb=\"0\" eb=\"1\"><t>")
              .append(text(random, pieces))
              .append("</t></rPh><phoneticPr fontId=\"1\"/>");
      default -> entry.append("<x:t xmlns:x=\"").append(MAIN).append("\">").append(text(random, pieces)).append("</x:t>");
    }
    return entry.append("</si>").toString();
  }

  private static String text(Random random, String[] pieces) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(5); i > 0; i--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }

  private static String sst(String... entries) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\" count=\"" + entries.length
        + "\" uniqueCount=\"" + entries.length + "\">" + String.join("", entries) + "</sst>";
  }

  private static SharedStringTexts read(String table) throws Exception {
    return SharedStringTexts.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
  }
}
