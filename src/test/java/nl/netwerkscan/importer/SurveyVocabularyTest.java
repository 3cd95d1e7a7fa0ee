package nl.netwerkscan.importer;

import nl.netwerkscan.model.Names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.netwerkscan.importer.SurveyVocabulary.Language;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.OrganisationType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the vocabulary offers a writer, the reader takes back to the same meaning. */
class SurveyVocabularyTest {

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyScaleLabelReadsAsItsValueFiveFirst(Language language) {
    for (Aspect aspect : Aspect.values()) {
      List<String> labels = SurveyVocabulary.scaleLabels(aspect, language);
      assertEquals(5, labels.size());
      for (int i = 0; i < 5; i++) {
        assertEquals(5 - i, Scales.value(aspect, labels.get(i)), labels.get(i));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void headersNameTheirOwnColumnInContractOrder(Language language) {
    for (Column column : Column.values()) {
      assertEquals(column, Column.forHeader(SurveyVocabulary.header(column, language)).orElseThrow());
    }
    assertEquals("Afhankelijkheid", SurveyVocabulary.header(Column.DEPENDENCY, Language.DUTCH));
    assertEquals("Dependency", SurveyVocabulary.header(Column.DEPENDENCY, Language.ENGLISH));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void sheetNamesAreTheOnesTheReaderLooksFor(Language language) {
    assertTrue(SurveyReader.CONTACT_SHEETS.contains(Names.key(SurveyVocabulary.contactSheet(language))));
    assertTrue(SurveyReader.ORGANISATION_SHEETS.contains(Names.key(SurveyVocabulary.organisationSheet(language))));
    assertTrue(SurveyReader.STAFF_SHEETS.contains(Names.key(SurveyVocabulary.staffSheet(language))));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void functionGroupsYesNoAndTypesReadBackAsBuiltIns(Language language) {
    List<String> groups = SurveyVocabulary.functionGroups(language);
    assertEquals(4, groups.size());
    for (int i = 0; i < groups.size(); i++) {
      assertEquals(FunctionGroup.of(FunctionGroup.BuiltIn.values()[i]), Parsing.function(groups.get(i)));
    }
    assertEquals(InHouse.YES, Parsing.yesNo(SurveyVocabulary.yes(language)));
    assertEquals(InHouse.NO, Parsing.yesNo(SurveyVocabulary.no(language)));
    List<String> types = SurveyVocabulary.organisationTypes(language);
    for (int i = 0; i < types.size(); i++) {
      assertEquals(OrganisationType.of(OrganisationType.BuiltIn.values()[i]), Classification.parseType(types.get(i)));
    }
    assertEquals("", SurveyVocabulary.functionName(FunctionGroup.UNKNOWN, language));
    assertEquals("Jurist", SurveyVocabulary.functionName(FunctionGroup.custom("Jurist"), language));
  }

  @org.junit.jupiter.api.Test
  void builtInOrganisationsKeepTheirAliasesAsWritten() {
    List<SurveyVocabulary.OrganisationEntry> entries = SurveyVocabulary.builtInOrganisations();
    assertEquals("CWI", entries.get(0).name());
    SurveyVocabulary.OrganisationEntry wpg =
        entries.stream().filter(e -> e.name().equals("WPG")).findFirst().orElseThrow();
    assertEquals(List.of("Werkprojecten Groep", "WPG-arbeidsoriëntatie en training", "WPG jongeren"), wpg.aliases());
    assertEquals(OrganisationType.of(OrganisationType.BuiltIn.WORK), wpg.type());
    assertTrue(entries.size() > 80, "all rows of organisation-types.csv: " + entries.size());
  }
}
