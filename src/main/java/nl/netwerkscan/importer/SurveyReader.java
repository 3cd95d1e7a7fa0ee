package nl.netwerkscan.importer;

import nl.netwerkscan.model.Names;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.Unit;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.StaffMember;
import nl.netwerkscan.model.Survey;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The importer's front door: reads a survey file (.xlsx, .xls or .csv) into a {@link Survey}.
 *
 * <p>Stages: detect the format from the file's first bytes (not its name) and open a {@link
 * SheetSource}; read the Organisaties sheet into the {@link Classification}; stream the
 * Contacten sheet row by row through {@link ContactRows}; then read the Medewerkers roster.
 * Problems are collected as values and the reading goes on; only a survey that cannot be used at
 * all ends with a {@link SurveyException}. The file is opened read-only and never written.
 */
public final class SurveyReader {
  static final Set<String> CONTACT_SHEETS = Set.of("contacten", "contacts");
  static final Set<String> ORGANISATION_SHEETS = Set.of("organisaties", "organisations", "organizations");
  static final Set<String> STAFF_SHEETS = Set.of("medewerkers", "staff");

  private SurveyReader() {}

  public static Survey read(Path file, ImportOptions options) throws SurveyException {
    String fileName = file.getFileName().toString();
    ProblemLog problems = new ProblemLog(options.problemLimit());
    Classification classification = Classification.builtIn();
    if (options.organisations().isPresent()) {
      readOrganisationsFile(options.organisations().get(), classification, problems);
    }
    try (SheetSource source = open(file)) {
      List<String> sheets = source.sheetNames();
      if (sheets.isEmpty()) {
        throw new SurveyException("error.file.unreadable", fileName);
      }
      Optional<String> organisationSheet = find(sheets, ORGANISATION_SHEETS);
      if (organisationSheet.isPresent()) {
        source.read(organisationSheet.get(), SideSheets.organisations(organisationSheet.get(), classification, problems));
      }
      String contactSheet = find(sheets, CONTACT_SHEETS).orElse(sheets.get(0));
      ProblemLog contactProblems = new ProblemLog(options.problemLimit());
      ContactRows rows = new ContactRows(fileName, contactSheet, classification, contactProblems, options.progress());
      source.reportSizeTo(options.progress());
      source.read(contactSheet, rows);
      if (!rows.headerFound()) {
        throw rows.missingHeader();
      }
      // The roster is needed only from here on, for the respondents' functions. Read after the
      // contacts, it is parsed by code they have warmed up: a roster of 64,000 staff took about
      // 0.4 s first and about 0.2 s now. Its problems still come before the contacts' in the list.
      source.reportSizeTo(ImportProgress.NONE); // the progress display counts the contacts only
      List<SideSheets.RosterRow> roster = new ArrayList<>();
      ProblemLog rosterProblems = new ProblemLog(options.problemLimit());
      Optional<String> staffSheet = find(sheets, STAFF_SHEETS);
      if (staffSheet.isPresent()) {
        source.read(staffSheet.get(), SideSheets.roster(staffSheet.get(), roster, rosterProblems));
      }
      return survey(fileName, rows, roster, List.of(problems, rosterProblems, contactProblems));
    } catch (IOException e) {
      throw new SurveyException("error.file.unreadable", e, fileName);
    }
  }

  private static Survey survey(
      String fileName, ContactRows rows, List<SideSheets.RosterRow> roster, List<ProblemLog> logs)
      throws SurveyException {
    Map<String, FunctionGroup> rosterFunctions = new HashMap<>();
    Map<String, Unit> rosterUnits = new HashMap<>();
    for (SideSheets.RosterRow row : roster) {
      if (row.function() != null) {
        rosterFunctions.putIfAbsent(row.key(), row.function());
      }
      if (row.unit() != null) {
        rosterUnits.putIfAbsent(row.key(), row.unit());
      }
    }
    List<Contact> contacts = rows.contacts(rosterFunctions, rosterUnits);
    if (contacts.isEmpty()) {
      throw new SurveyException("error.no.contacts", fileName, rows.sheet());
    }
    Set<Respondent> respondents = new LinkedHashSet<>();
    Map<String, Respondent> byKey = new HashMap<>();
    for (Contact contact : contacts) {
      if (respondents.add(contact.respondent())) {
        byKey.put(contact.respondent().key(), contact.respondent());
      }
    }
    List<StaffMember> staff = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (SideSheets.RosterRow row : roster) {
      if (!seen.add(row.key())) {
        continue; // a name listed twice on the roster is one staff member
      }
      Respondent respondent =
          byKey.getOrDefault(
              row.key(),
              new Respondent(
                  row.key(), row.name(), row.function() == null ? FunctionGroup.UNKNOWN : row.function(),
                  row.unit() == null ? Unit.UNKNOWN : row.unit()));
      staff.add(new StaffMember(respondent, row.asked()));
    }
    ProblemLog problems = ProblemLog.inOrder(logs); // after rows.contacts, which may add to its log
    return new Survey(
        fileName, contacts, new ArrayList<>(respondents), staff, problems.kept(), problems.count(), rows.counts());
  }

  private static Optional<String> find(List<String> sheets, Set<String> names) {
    return sheets.stream().filter(s -> names.contains(Names.key(s))).findFirst();
  }

  /** Opens the file by what its bytes say it is; the extension only decides for CSV. */
  static SheetSource open(Path file) throws SurveyException, IOException {
    PoiLimits.apply();
    String fileName = file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw new SurveyException("error.file.missing", fileName, file.toAbsolutePath().toString());
    }
    if (!Files.isReadable(file)) {
      throw new SurveyException("error.file.unreadable", fileName);
    }
    if (Files.size(file) == 0) {
      throw new SurveyException("error.file.empty", fileName);
    }
    FileMagic magic;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    }
    switch (magic) {
      case OOXML:
        return new XlsxSource(file.toFile());
      case OLE2:
        if (isEncryptedOoxml(file)) {
          throw new SurveyException("error.file.encrypted", fileName);
        }
        return new XlsSource(file.toFile());
      default:
        if (fileName.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(csv|txt)")) {
          return new CsvSource(file);
        }
        throw new SurveyException("error.file.not.spreadsheet", fileName);
    }
  }

  /** A password-protected .xlsx is an OLE2 container holding an EncryptedPackage. */
  private static boolean isEncryptedOoxml(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), /* readOnly= */ true)) {
      return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** An --organisations file: a CSV in the layout of organisation-types.csv, or a workbook. */
  private static void readOrganisationsFile(Path file, Classification classification, ProblemLog problems)
      throws SurveyException {
    try (SheetSource source = open(file)) {
      List<String> sheets = source.sheetNames();
      String sheet = find(sheets, ORGANISATION_SHEETS).orElse(sheets.get(0));
      source.read(sheet, SideSheets.organisations(sheet, classification, problems));
    } catch (IOException e) {
      throw new SurveyException("error.file.unreadable", e, file.getFileName().toString());
    }
  }
}
