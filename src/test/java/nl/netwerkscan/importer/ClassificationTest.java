package nl.netwerkscan.importer;

import static nl.netwerkscan.importer.Imports.contactAt;
import static nl.netwerkscan.importer.Imports.problems;
import static nl.netwerkscan.importer.Imports.read;
import static nl.netwerkscan.importer.SurveyFiles.CONTACTS;
import static nl.netwerkscan.importer.SurveyFiles.HEADER;
import static nl.netwerkscan.importer.SurveyFiles.data;
import static nl.netwerkscan.importer.SurveyFiles.row;
import static nl.netwerkscan.importer.SurveyFiles.sheet;
import static nl.netwerkscan.importer.SurveyFiles.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.netwerkscan.importer.SurveyFiles.CsvStyle;
import nl.netwerkscan.importer.SurveyFiles.Format;
import nl.netwerkscan.importer.SurveyFiles.SurveyFile;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.OrganisationType.BuiltIn;
import nl.netwerkscan.model.ProblemKind;
import nl.netwerkscan.model.Survey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** survey-format.md, sheet "Organisaties" and the --organisations file. */
class ClassificationTest {
  @TempDir Path dir;

  /** A workbook with Contacten rows for the Buurtteam, GGz and Politie, plus {@code organisations}. */
  private Path workbook(Format format, SurveyFiles.SheetRows organisations) {
    return SurveyFiles.workbook(dir.resolve("met-organisaties." + format.extension), format,
        sheet(CONTACTS, HEADER,
            data("Jan", null, "Buurtteam Oost"),
            data("Kees", null, "BTO"),
            data("Els", null, "team oost"),
            data("Jan", null, "GGz"),
            data("Els", null, "Geestelijke GZ"),
            data("Kees", null, "Politie")),
        organisations);
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void organisatiesSheetAddsAnOrganisationWithItsTypeAndAliases(Format format) {
    Path file =
        workbook(format,
            sheet("Organisaties",
                row("Organisatie", "Soort", "Aliassen"),
                row("Buurtteam Oost", "Zorg", "BTO|Team Oost")));

    Survey survey = read(file, ImportOptions.defaults());

    Organisation buurtteam = contactAt(survey, 2).organisation();
    assertEquals("Buurtteam Oost", buurtteam.name());
    assertEquals(OrganisationType.of(BuiltIn.CARE), buurtteam.type());
    assertEquals(buurtteam, contactAt(survey, 3).organisation());
    assertEquals(buurtteam, contactAt(survey, 4).organisation());
    assertEquals(OrganisationType.of(BuiltIn.CARE), contactAt(survey, 5).organisation().type());
    // "Geestelijke GZ" is nobody's alias here: unclassified, listed once
    assertEquals(List.of("Geestelijke GZ"), problems(survey, ProblemKind.UNCLASSIFIED_ORGANISATION).stream()
        .map(p -> p.value()).toList());
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void organisationsSheetInEnglishWithCommaAliasesTypeWinsOverBuiltIn(Format format) {
    Path file =
        workbook(format,
            sheet("Organisations",
                row("Organisation", "Type", "Aliases"),
                row("Buurtteam Oost", "Care", "BTO, Team Oost"),
                row("GGz", "Finance", "Geestelijke GZ"),
                row("Politie", "Veiligheid", "")));

    Survey survey = read(file, ImportOptions.defaults());

    assertEquals(OrganisationType.of(BuiltIn.CARE), contactAt(survey, 4).organisation().type());
    assertEquals(contactAt(survey, 2).organisation(), contactAt(survey, 4).organisation());
    Organisation ggz = contactAt(survey, 5).organisation();
    assertEquals("GGz", ggz.name());
    assertEquals(OrganisationType.of(BuiltIn.FINANCE), ggz.type());
    assertEquals(ggz, contactAt(survey, 6).organisation());
    assertEquals(OrganisationType.custom("Veiligheid"), contactAt(survey, 7).organisation().type());
    assertEquals(List.of(), survey.problems());
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void aRowWithoutTypeOnlyAddsAliasesAndKeepsTheBuiltInType(Format format) {
    Path file =
        workbook(format,
            sheet("Organisaties",
                row("Organisatie", "Soort", "Aliassen"),
                row("Buurtteam Oost", "Zorg", "BTO|Team Oost"),
                row("GGz", null, "Geestelijke GZ")));

    Survey survey = read(file, ImportOptions.defaults());

    Organisation ggz = contactAt(survey, 5).organisation();
    assertEquals(OrganisationType.of(BuiltIn.CARE), ggz.type());
    assertEquals(ggz, contactAt(survey, 6).organisation());
    assertEquals(List.of(), survey.problems());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void organisationsFileInTheLayoutOfTheBuiltInCsv(Format format) {
    Path types =
        SurveyFiles.csv(dir.resolve("soorten.csv"), CsvStyle.DEFAULT,
            row("organisatie", "soort", "aliassen"),
            row("Buurtteam Oost", "Zorg", "BTO|Team Oost"),
            row("GGz", "Geld", "Geestelijke GZ"),
            row("Politie", "Voorwaardenscheppend", null));
    SurveyFile survey =
        standard(dir, format, "enquete",
            data("Jan", null, "Buurtteam Oost"),
            data("Kees", null, "BTO"),
            data("Jan", null, "Geestelijke GZ"),
            data("Kees", null, "Politie"));

    Survey read = read(survey.path(), ImportOptions.defaults().withOrganisations(types));

    assertEquals(OrganisationType.of(BuiltIn.CARE), contactAt(read, 2).organisation().type());
    assertEquals(contactAt(read, 2).organisation(), contactAt(read, 3).organisation());
    assertEquals("GGz", contactAt(read, 4).organisation().name());
    assertEquals(OrganisationType.of(BuiltIn.FINANCE), contactAt(read, 4).organisation().type());
    assertEquals(OrganisationType.of(BuiltIn.ENABLING), contactAt(read, 5).organisation().type());
    assertEquals(List.of(), read.problems());
  }

  @Test
  void organisationsFileWithManyCommaSeparatedAliases() {
    Path types =
        SurveyFiles.bytes(dir.resolve("soorten.csv"),
            ("organisatie;soort;aliassen\n"
                    + "Buurtteam Oost;Zorg;BTO,Team Oost,Wijkteam Oost,Oostteam,Buurtzorg Oost,BT Oost\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    SurveyFile survey = standard(dir, Format.XLSX, "enquete", data("Jan", null, "Wijkteam Oost"));

    Survey read = read(survey.path(), ImportOptions.defaults().withOrganisations(types));

    assertEquals("Buurtteam Oost", contactAt(read, 2).organisation().name());
    assertEquals(OrganisationType.of(BuiltIn.CARE), contactAt(read, 2).organisation().type());
    assertEquals(List.of(), read.problems());
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"XLSX", "XLS"})
  void organisationsFileAsAWorkbookWithAnOrganisatiesSheet(Format format) {
    Path types =
        SurveyFiles.workbook(dir.resolve("soorten." + format.extension), format,
            sheet("Toelichting", row("Soorten van 2024")),
            sheet("Organisaties", row("Organisatie", "Soort", "Aliassen"), row("Buurtteam Oost", "Zorg", "BTO")));
    SurveyFile survey = standard(dir, Format.CSV, "enquete", data("Jan", null, "BTO"));

    Survey read = read(survey.path(), ImportOptions.defaults().withOrganisations(types));

    assertEquals("Buurtteam Oost", contactAt(read, 2).organisation().name());
    assertEquals(OrganisationType.of(BuiltIn.CARE), contactAt(read, 2).organisation().type());
  }
}
