package nl.netwerkscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --pseudonymise no name of a respondent or contact person is in any output file. */
class PseudonymiseTest {
  private static final Path EXAMPLE = Path.of("surveys", "voorbeeld-2024.xlsx");
  @TempDir Path dir;

  @Test
  void noPersonNameInAnyByteOfAnyOutputFile() throws Exception {
    Set<String> names = personNames(EXAMPLE);
    assertTrue(names.size() > 150, "the example survey names " + names.size() + " people");
    Path report = dir.resolve("rapport");

    int status =
        Cli.run(
            new String[] {"analyse", EXAMPLE.toString(), "--out", report.toString(), "--pseudonymise"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));

    assertEquals(0, status);
    List<String> leaks = new ArrayList<>();
    for (Path file : files(report)) {
      String text = contents(file);
      for (String name : names) {
        if (text.contains(name)) {
          leaks.add(name + " in " + file.getFileName());
        }
      }
      assertTrue(!file.getFileName().toString().endsWith(".graphml") || text.contains("M01"), "codes are used");
    }
    assertEquals(List.of(), leaks);
    String explorer = contents(report.resolve("verkenner.html"));
    assertTrue(explorer.contains("\"privacy\":\"codes\"") && explorer.contains("\"name\":\"M01\""),
        "the explorer is scanned too, and tells its reader it holds codes");
  }

  /**
   * With --leave the report adds Overdracht, and the terminal a line per leaver: names given on
   * the command line reach the report only as codes, in the new sheets, the slides and the
   * terminal alike.
   */
  @Test
  void actionsHandoverAndTerminalCarryCodesOnly() throws Exception {
    Set<String> names = personNames(EXAMPLE);
    Path report = dir.resolve("leave");
    StringWriter out = new StringWriter();
    int status =
        Cli.run(
            new String[] {"analyse", EXAMPLE.toString(), "--out", report.toString(), "--pseudonymise",
                "--leave", "Niels Bakker,Bart Bakker"},
            new PrintWriter(out),
            new PrintWriter(new StringWriter()));
    assertEquals(0, status);
    List<String> leaks = new ArrayList<>();
    for (Path file : files(report)) {
      String text = contents(file);
      names.stream().filter(text::contains).forEach(name -> leaks.add(name + " in " + file.getFileName()));
    }
    names.stream().filter(out.toString()::contains).forEach(name -> leaks.add(name + " on the terminal"));
    assertEquals(List.of(), leaks);
    try (Workbook book = WorkbookFactory.create(report.resolve("rapport.xlsx").toFile())) {
      DataFormatter format = new DataFormatter();
      Sheet handover = book.getSheet("Overdracht");
      assertTrue(handover.getLastRowNum() > 10, "Niels Bakker has many organisations");
      for (Row row : handover) {
        if (row.getRowNum() > 0) {
          assertTrue(format.formatCellValue(row.getCell(0)).matches("M[0-9]{2}|P[0-9]{3}"), format.formatCellValue(row.getCell(0)));
        }
      }
      assertTrue(format.formatCellValue(book.getSheet("Acties").getRow(1).getCell(6)).matches("M[0-9]{2}"));
      assertTrue(format.formatCellValue(book.getSheet("Medewerkers").getRow(1).getCell(0)).matches("M[0-9]{2}"));
    }
    assertTrue(out.toString().matches("(?s).*M[0-9]{2} vertrekt: draag over .*"), out.toString());
  }

  @Test
  void withoutTheSwitchNamesAreInTheGraphFiles() throws Exception {
    // The check above can fail: without --pseudonymise the same scan finds names.
    Path report = dir.resolve("open");
    Cli.run(
        new String[] {"analyse", EXAMPLE.toString(), "--out", report.toString()},
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    String graph = contents(report.resolve("netwerk.graphml"));
    assertTrue(personNames(EXAMPLE).stream().anyMatch(graph::contains));
  }

  /** Every spelling in the Respondent and Contactpersoon columns of the survey. */
  private static Set<String> personNames(Path survey) throws Exception {
    Set<String> names = new TreeSet<>();
    DataFormatter format = new DataFormatter();
    try (Workbook book = WorkbookFactory.create(survey.toFile(), null, /* readOnly= */ true)) {
      for (String sheetName : List.of("Contacten", "Medewerkers")) {
        Sheet sheet = book.getSheet(sheetName);
        if (sheet == null) {
          continue;
        }
        int respondent = -1;
        int person = -1;
        for (Row row : sheet) {
          if (respondent < 0) {
            for (int c = 0; c < row.getLastCellNum(); c++) {
              String header = format.formatCellValue(row.getCell(c));
              respondent = header.equals("Respondent") ? c : respondent;
              person = header.equals("Contactpersoon") ? c : person;
            }
            continue;
          }
          addName(names, format.formatCellValue(row.getCell(respondent)));
          if (person >= 0) {
            addName(names, format.formatCellValue(row.getCell(person)));
          }
        }
      }
    }
    return names;
  }

  private static void addName(Set<String> names, String name) {
    if (name.strip().length() >= 4) {
      names.add(name.strip());
    }
  }

  private static List<Path> files(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  /** The file as text; a zip (xlsx, pptx) as the text of all its entries. */
  static String contents(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length < 2 || bytes[0] != 'P' || bytes[1] != 'K') {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    StringBuilder text = new StringBuilder();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(entry)) {
          text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
        }
      }
    }
    return text.toString();
  }
}
