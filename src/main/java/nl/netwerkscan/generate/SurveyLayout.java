package nl.netwerkscan.generate;

import java.util.List;

/**
 * The sheet names and headers of the survey contract (survey-format.md), in Dutch, as a
 * municipality's own spreadsheet would have them. Kept apart from the importer on purpose:
 * the generators must write what the contract promises, not what our importer happens to read.
 */
final class SurveyLayout {

  static final String CONTACTS_SHEET = "Contacten";
  static final String ORGANISATIONS_SHEET = "Organisaties";
  static final String STAFF_SHEET = "Medewerkers";

  /** Respondent..Inpandig, then the seven aspects in {@link nl.netwerkscan.model.Aspect} order. */
  static final List<String> CONTACT_HEADERS =
      List.of(
          "Respondent",
          "Functie",
          "Organisatie",
          "Contactpersoon",
          "Inpandig",
          "Intensiteit",
          "Belang",
          "Afhankelijkheid",
          "Samenwerking",
          "Deskundigheid",
          "Betrouwbaarheid",
          "Vertrouwen");

  /** The optional unit column, written last so the other columns keep their places. */
  static final String UNIT_HEADER = "Team";

  static final List<String> ORGANISATION_HEADERS = List.of("Organisatie", "Soort", "Aliassen");
  static final List<String> STAFF_HEADERS = List.of("Respondent", "Functie", "Aangeschreven");

  /** The function groups as the survey spells them. */
  static final String CASE_MANAGER = "Casemanager";
  static final String BENEFIT_CONSULTANT = "Bijstandsconsulent";
  static final String FINANCIAL_CONSULTANT = "Financieel consulent";
  static final String MANAGER = "Leidinggevende";

  private SurveyLayout() {}
}
