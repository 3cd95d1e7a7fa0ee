package nl.netwerkscan.hostile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Calendar;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the small files of the hostile-input corpus into {@code
 * src/test/resources/nl/netwerkscan/hostile/}. Run once when the corpus changes, from the
 * project folder, and commit the files:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) nl.netwerkscan.hostile.CorpusGenerator
 * </pre>
 *
 * The files are committed rather than made in each test so that they are real files a person
 * can open, and so that the tests do not depend on POI writing them the same way forever.
 * Large inputs (the zip bomb, 32,000-character cells, 10,000 garbage rows) are made on the fly
 * by {@link LargeInputs}, to keep the repository small.
 */
public final class CorpusGenerator {
  static final String[] HEADER = {
    "Respondent", "Functie", "Organisatie", "Contactpersoon", "Inpandig", "Intensiteit", "Belang",
    "Afhankelijkheid", "Samenwerking", "Deskundigheid", "Betrouwbaarheid", "Vertrouwen"
  };

  private final Path dir;

  private CorpusGenerator(Path dir) {
    this.dir = dir;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/nl/netwerkscan/hostile");
    Files.createDirectories(dir);
    new CorpusGenerator(dir).writeAll();
  }

  private void writeAll() throws Exception {
    Files.write(dir.resolve("leeg.xlsx"), new byte[0]);
    Files.write(dir.resolve("foto.xlsx"), png());
    byte[] good = xlsx(goodWorkbook());
    Files.write(dir.resolve("half-opgeslagen.xlsx"), Arrays.copyOf(good, good.length / 2));
    Files.write(dir.resolve("brief.xlsx"), docx());
    Files.write(dir.resolve("wachtwoord.xlsx"), encryptedXlsx());
    Files.write(dir.resolve("wachtwoord.xls"), encryptedXls());
    Files.write(dir.resolve("excel95.xls"), ole2("Book"));
    Files.write(dir.resolve("notitie.xls"), ole2("WordDocument"));
    Files.write(dir.resolve("zonder-kolommen.xlsx"), xlsx(table("Contacten", new Object[][] {{"Naam", "Bedrijf"}, {"Jan", "GGz"}})));
    Files.write(dir.resolve("alleen-kop.xlsx"), xlsx(table("Contacten", new Object[][] {HEADER})));
    Files.write(dir.resolve("excel97.xls"), bytes(excel97()));
    Files.write(dir.resolve("samengevoegd.xlsx"), xlsx(merged()));
    Files.write(dir.resolve("verborgen.xlsx"), xlsx(hidden()));
    Files.write(dir.resolve("datums-en-waar.xlsx"), xlsx(datesAndBooleans()));
    Files.write(dir.resolve("formules.xlsx"), xlsx(formulas()));
    Files.write(dir.resolve("unicode.xlsx"), xlsx(table("Contacten", Names.unicodeRows())));
    Files.write(dir.resolve("injectie.xlsx"), xlsx(table("Contacten", Names.injectionRows())));
    Files.write(dir.resolve("windows-1252.csv"), windows1252());
  }

  /** A plain survey: three staff, two organisations. */
  static Workbook goodWorkbook() {
    return table(
        "Contacten",
        new Object[][] {
          HEADER,
          {"Anna", "Casemanager", "GGz", "Piet", "ja", "wekelijks", 4},
          {"Bert", "Bijstandsconsulent", "UWV", "Kees", "nee", 3, "belangrijk"},
          {"Carla", "Casemanager", "GGz", "Piet", "", "dagelijks", 5},
        });
  }

  static XSSFWorkbook table(String sheetName, Object[][] rows) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    fill(workbook.createSheet(sheetName), rows);
    return workbook;
  }

  static void fill(Sheet sheet, Object[][] rows) {
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        Object value = rows[r][c];
        if (value instanceof Number n) {
          row.createCell(c).setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
          row.createCell(c).setCellValue(b);
        } else if (value != null) {
          row.createCell(c).setCellValue(value.toString());
        }
      }
    }
  }

  /** Respondent cells merged over three rows: only the top row holds the name, as Excel saves it. */
  private static Workbook merged() {
    XSSFWorkbook workbook =
        table(
            "Contacten",
            new Object[][] {
              HEADER,
              {"Anna", "Casemanager", "GGz", "Piet"},
              {null, null, "UWV", "Kees"},
              {null, null, "MJD", "Els"},
              {"Bert", "Casemanager", "GGz", "Piet"},
            });
    workbook.getSheetAt(0).addMergedRegion(new CellRangeAddress(1, 3, 0, 0));
    workbook.getSheetAt(0).addMergedRegion(new CellRangeAddress(1, 3, 1, 1));
    return workbook;
  }

  /** A visible explanation sheet first, then a hidden Contacten sheet with two hidden rows. */
  private static Workbook hidden() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    fill(workbook.createSheet("Uitleg"), new Object[][] {{"Vul het blad Contacten in."}});
    Sheet contacts = workbook.createSheet("Contacten");
    fill(
        contacts,
        new Object[][] {
          HEADER,
          {"Anna", "Casemanager", "GGz", "Piet"},
          {"Bert", "Casemanager", "UWV", "Kees"},
          {"Carla", "Casemanager", "MJD", "Els"},
        });
    contacts.getRow(2).setZeroHeight(true);
    contacts.getRow(3).setZeroHeight(true);
    workbook.setSheetHidden(1, true);
    workbook.setActiveSheet(0);
    return workbook;
  }

  /** A date typed as the respondent, TRUE/FALSE as In-house, a number as the organisation. */
  private static Workbook datesAndBooleans() {
    XSSFWorkbook workbook = table("Contacten", new Object[][] {HEADER, {null, null, "GGz", "Piet", true}, {"Bert", null, 112, null, false}});
    CellStyle dateStyle = workbook.createCellStyle();
    dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
    Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    date.clear();
    date.set(2024, Calendar.MARCH, 1);
    var cell = workbook.getSheetAt(0).getRow(1).createCell(0);
    cell.setCellValue(date);
    cell.setCellStyle(dateStyle);
    return workbook;
  }

  /**
   * Formulas whose cached values differ from what they compute: reading "GGz" and 5 proves
   * the cached value is read and the formula never evaluated.
   */
  private static Workbook formulas() {
    XSSFWorkbook workbook = table("Contacten", new Object[][] {HEADER, {"Anna", null, null, "Piet"}});
    Row row = workbook.getSheetAt(0).getRow(1);
    var organisation = row.createCell(2);
    organisation.setCellFormula("\"UW\"&\"V\"");
    organisation.setCellValue("GGz");
    var intensity = row.createCell(5);
    intensity.setCellFormula("1+1");
    intensity.setCellValue(5);
    var external = row.createCell(6);
    external.setCellFormula("WEBSERVICE(\"http://example.invalid/\")");
    external.setCellValue(4);
    return workbook;
  }

  private static HSSFWorkbook excel97() {
    HSSFWorkbook workbook = new HSSFWorkbook();
    fill(
        workbook.createSheet("Contacten"),
        new Object[][] {
          HEADER,
          {"Anna", "Casemanager", "GGz", "Piet", "ja", "wekelijks", 4},
          {"Bert", "Bijstandsconsulent", "UWV", "Kees", "nee", 3, "belangrijk"},
          {"Carla", "Casemanager", "GGz", "Piet", "", "dagelijks", 5},
        });
    return workbook;
  }

  private static byte[] encryptedXlsx() throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem();
        Workbook workbook = goodWorkbook()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("geheim");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        workbook.write(out);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fs.writeFilesystem(bytes);
      return bytes.toByteArray();
    }
  }

  /** HSSF encrypts what it writes while a password is set for the thread (RC4 CryptoAPI). */
  private static byte[] encryptedXls() throws IOException {
    Biff8EncryptionKey.setCurrentUserPassword("geheim");
    try {
      return bytes(excel97());
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }

  /** An OLE2 container with one stream: "Book" is how Excel 5/95 saved; "WordDocument" is Word. */
  private static byte[] ole2(String stream) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), stream);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fs.writeFilesystem(bytes);
      return bytes.toByteArray();
    }
  }

  private static byte[] docx() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("Beste collega, hierbij de enquête.");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.write(bytes);
      return bytes.toByteArray();
    }
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }

  /** Saved by Excel on a Dutch Windows machine as "CSV (gescheiden door lijstscheidingsteken)". */
  private static byte[] windows1252() {
    String text =
        String.join(";", HEADER)
            + "\r\nZoë Çelik;Casemanager;Café De Brûg;José Müller;ja;wekelijks;belangrijk;;;;;\r\n"
            + "Jan;Casemanager;Stichting €uro;;nee;3;;;;;;\r\n";
    return text.getBytes(Charset.forName("windows-1252"));
  }

  static byte[] xlsx(Workbook workbook) throws IOException {
    return bytes(workbook);
  }

  static byte[] bytes(Workbook workbook) throws IOException {
    try (workbook) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }
}
