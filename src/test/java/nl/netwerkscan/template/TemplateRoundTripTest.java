package nl.netwerkscan.template;

import static nl.netwerkscan.template.TemplateFiles.dropDowns;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.netwerkscan.importer.ImportOptions;
import nl.netwerkscan.importer.SurveyReader;
import nl.netwerkscan.importer.SurveyVocabulary;
import nl.netwerkscan.importer.SurveyVocabulary.Language;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.OrganisationType;
import nl.netwerkscan.model.StaffMember;
import nl.netwerkscan.model.Survey;
import nl.netwerkscan.template.TemplateFiles.DropDown;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A template filled in as a staff member would, with the answers picked from its own drop-down
 * lists (and some typed as numbers), reads back without a single problem.
 */
class TemplateRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Language.class)
  void filledInTemplateReadsBackWithZeroProblems(Language language) throws Exception {
    Path template = dir.resolve("sjabloon.xlsx");
    SurveyTemplate.write(template, TemplateContent.empty(), language);
    Path filled = dir.resolve("ingevuld.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(template))) {
      Sheet contacts = book.getSheet(SurveyVocabulary.contactSheet(language));
      Map<Integer, DropDown> lists = dropDowns(contacts);
      List<String> functions = lists.get(1).values();
      List<String> yesNo = lists.get(4).values();
      fill(contacts.createRow(1), "Anna de Boer", functions.get(0), "CWI", "Jan de Vries", yesNo.get(0));
      for (int column = 5; column <= 11; column++) {
        contacts.getRow(1).createCell(column).setCellValue(lists.get(column).values().get(0)); // 5
      }
      fill(contacts.createRow(2), "Anna de Boer", functions.get(0), "GGz", "", yesNo.get(1));
      contacts.getRow(2).createCell(5).setCellValue(3); // a number
      contacts.getRow(2).createCell(11).setCellValue("2"); // a number typed as text
      fill(contacts.createRow(3), "Bert Smit", functions.get(2), "Nijestee", "P. Jansen", "");
      for (int column = 6; column <= 10; column++) {
        contacts.getRow(3).createCell(column).setCellValue(lists.get(column).values().get(4)); // 1
      }
      Sheet staff = book.getSheet(SurveyVocabulary.staffSheet(language));
      Map<Integer, DropDown> staffLists = dropDowns(staff);
      fill(staff.createRow(1), "Anna de Boer", staffLists.get(1).values().get(0), staffLists.get(2).values().get(0));
      fill(staff.createRow(2), "Bert Smit", staffLists.get(1).values().get(2), staffLists.get(2).values().get(0));
      fill(staff.createRow(3), "Carla Mulder", staffLists.get(1).values().get(3), staffLists.get(2).values().get(1));
      try (OutputStream out = Files.newOutputStream(filled)) {
        book.write(out);
      }
    }

    Survey survey = SurveyReader.read(filled, ImportOptions.defaults());

    assertEquals(List.of(), survey.problems());
    assertEquals(0, survey.problemCount());
    assertEquals(3, survey.contacts().size());
    Contact cwi = survey.contacts().get(0);
    assertEquals(FunctionGroup.of(FunctionGroup.BuiltIn.CASE_MANAGER), cwi.respondent().function());
    assertEquals(OrganisationType.of(OrganisationType.BuiltIn.CWI), cwi.organisation().type());
    assertEquals(Optional.of("Jan de Vries"), cwi.person().map(ContactPerson::name));
    assertEquals(InHouse.YES, cwi.inHouse());
    for (Aspect aspect : Aspect.values()) {
      assertEquals(5, cwi.answers().raw(aspect), aspect.key());
    }
    Contact ggz = survey.contacts().get(1);
    assertEquals(Optional.empty(), ggz.person());
    assertEquals(InHouse.NO, ggz.inHouse());
    assertEquals(3, ggz.answers().raw(Aspect.INTENSITY));
    assertEquals(2, ggz.answers().raw(Aspect.TRUST));
    assertEquals(0, ggz.answers().raw(Aspect.IMPORTANCE), "left empty: not answered");
    Contact nijestee = survey.contacts().get(2);
    assertEquals(FunctionGroup.of(FunctionGroup.BuiltIn.FINANCIAL_CONSULTANT), nijestee.respondent().function());
    assertEquals(OrganisationType.of(OrganisationType.BuiltIn.HOUSING), nijestee.organisation().type());
    assertEquals(InHouse.UNKNOWN, nijestee.inHouse());
    assertEquals(
        List.of(0, 1, 1, 1, 1, 1, 0), java.util.Arrays.stream(Aspect.values()).map(a -> nijestee.answers().raw(a)).toList());
    assertEquals(
        List.of("Anna de Boer:true", "Bert Smit:true", "Carla Mulder:false"),
        survey.roster().stream().map(TemplateRoundTripTest::nameAsked).toList());
    assertEquals(
        FunctionGroup.of(FunctionGroup.BuiltIn.MANAGER), survey.roster().get(2).respondent().function());
  }

  private static String nameAsked(StaffMember member) {
    return member.respondent().name() + ":" + member.asked();
  }

  private static void fill(Row row, String... texts) {
    for (int i = 0; i < texts.length; i++) {
      if (!texts[i].isEmpty()) {
        row.createCell(i).setCellValue(texts[i]);
      }
    }
  }
}
