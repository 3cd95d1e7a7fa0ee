package nl.netwerkscan.importer;

import nl.netwerkscan.model.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.netwerkscan.model.Answers;
import nl.netwerkscan.model.Aspect;
import nl.netwerkscan.model.Contact;
import nl.netwerkscan.model.ContactPerson;
import nl.netwerkscan.model.FunctionGroup;
import nl.netwerkscan.model.Unit;
import nl.netwerkscan.model.InHouse;
import nl.netwerkscan.model.Location;
import nl.netwerkscan.model.Organisation;
import nl.netwerkscan.model.ProblemKind;
import nl.netwerkscan.model.Respondent;
import nl.netwerkscan.model.RowCounts;

/**
 * Interprets the rows of the Contacten sheet one at a time: finds the header row, then turns
 * each data row into a used contact, a rejected row or a duplicate, noting every unusable cell.
 * Names are interned as they arrive (one object per organisation, person and respondent), so a
 * million rows hold only as many strings as there are distinct names.
 *
 * <p>Respondents stay drafts until the end: their function is the first non-empty one over all
 * their rows (survey-format.md), which is known only after the last row.
 */
final class ContactRows implements RowHandler {
  static final int HEADER_SEARCH_ROWS = 20;
  private static final int PROGRESS_EVERY = (1 << 13) - 1;

  private final String fileName;
  private final String sheet;
  private final Classification classification;
  private final ProblemLog problems;
  private final ImportProgress progress;

  private HeaderRow header;
  private int[] aspectColumns;
  private RawRow bestCandidate;

  private final Map<String, RespondentDraft> respondents = new LinkedHashMap<>();
  private final Map<String, Organisation> organisations = new HashMap<>();
  private final Map<Organisation, Map<String, Optional<ContactPerson>>> persons = new HashMap<>();
  private final Map<String, FunctionGroup> functions = new HashMap<>();
  /** Names repeat thousands of times in a large survey: make each one's key only once. */
  private final Map<String, String> keys = new HashMap<>();
  /**
   * Each spelling met in a cell, straight to what it resolved to: one look-up a cell for a name
   * seen before instead of key, alias and name maps in turn (cell texts are pooled, so their hash
   * is cached and equality is usually identity).
   */
  private final Map<String, RespondentDraft> respondentBySpelling = new HashMap<>();
  private final Map<String, FunctionGroup> functionBySpelling = new HashMap<>();
  private final Map<String, Unit> unitBySpelling = new HashMap<>();
  private final Map<String, Unit> units = new HashMap<>();
  /** A row's function and unit as one object, interned, for the duplicate key. */
  private final Map<List<Object>, List<Object>> ownCells = new HashMap<>();
  private Object lastOwn;
  private FunctionGroup lastFunction;
  private Unit lastUnit;
  private final Map<String, OrganisationSpelling> organisationBySpelling = new HashMap<>();
  private final AnswerTexts answerTexts = new AnswerTexts();
  private final List<Contact> contacts = new ArrayList<>();
  /**
   * Each used row's own cells, part of the duplicate key but not of the contact: its function
   * (null when empty), or with a Team column the interned pair of function and unit.
   */
  private final List<Object> rowOwns = new ArrayList<>();
  private final DuplicateIndex duplicateIndex = new DuplicateIndex(contacts, rowOwns);
  private long read;
  private long rejected;
  private long duplicates;

  ContactRows(
      String fileName, String sheet, Classification classification, ProblemLog problems, ImportProgress progress) {
    this.progress = progress;
    this.fileName = fileName;
    this.sheet = sheet;
    this.classification = classification;
    this.problems = problems;
  }

  @Override
  public void row(RawRow row) throws SurveyException {
    if (header == null) {
      findHeader(row);
    } else if (!row.isBlank()) {
      read++;
      interpret(row);
      if ((read & PROGRESS_EVERY) == 0) {
        progress.read(read);
      }
    }
  }

  private void findHeader(RawRow row) throws SurveyException {
    if (row.number() > HEADER_SEARCH_ROWS) {
      throw missingHeader();
    }
    Optional<HeaderRow> found = HeaderRow.of(row);
    if (found.isPresent()) {
      header = found.get();
      aspectColumns = new int[Aspect.values().length];
      for (Aspect aspect : Aspect.values()) {
        aspectColumns[aspect.ordinal()] = header.index(Column.forAspect(aspect));
      }
      for (int index : header.unknownColumns()) {
        problems.add(
            new Location(sheet, row.number(), index), header.text(index), ProblemKind.UNKNOWN_COLUMN, header.text(index));
      }
    } else if (bestCandidate == null || HeaderRow.recognised(row) > HeaderRow.recognised(bestCandidate)) {
      bestCandidate = row;
    }
  }

  /** The sheet ended or passed row 20 without a header row naming both required columns. */
  SurveyException missingHeader() {
    List<Column> missing =
        bestCandidate == null ? List.of(Column.RESPONDENT, Column.ORGANISATION) : HeaderRow.missingRequired(bestCandidate);
    String names = String.join(", ", missing.stream().map(Column::dutchHeader).toList());
    return new SurveyException("error.header.missing", fileName, sheet, names);
  }

  boolean headerFound() {
    return header != null;
  }

  private void interpret(RawRow row) {
    String respondentName = row.text(header.index(Column.RESPONDENT));
    String organisationName = row.text(header.index(Column.ORGANISATION));
    // Each spelling is looked up once: a known one names someone, a new one when its key does.
    RespondentDraft knownRespondent = respondentBySpelling.get(respondentName);
    if (knownRespondent == null && key(respondentName).isEmpty()) {
      reject(row, Column.RESPONDENT, respondentName, ProblemKind.MISSING_RESPONDENT);
      return;
    }
    OrganisationSpelling knownOrganisation = organisationBySpelling.get(organisationName);
    if (knownOrganisation == null && key(organisationName).isEmpty()) {
      reject(row, Column.ORGANISATION, organisationName, ProblemKind.MISSING_ORGANISATION);
      return;
    }
    String functionText = row.text(header.index(Column.FUNCTION));
    FunctionGroup function = functionText.isEmpty() ? null : function(functionText);
    RespondentDraft respondent = respondent(respondentName, knownRespondent, function, row);
    Object own = function;
    if (header.has(Column.TEAM)) {
      Unit unit = unit(respondent, row);
      // A respondent's rows come together and repeat their function and unit: reuse the pair.
      if (lastOwn == null || function != lastFunction || unit != lastUnit) {
        lastOwn = ownCells.computeIfAbsent(Arrays.asList(function, unit), pair -> pair);
        lastFunction = function;
        lastUnit = unit;
      }
      own = lastOwn;
    }
    OrganisationSpelling spelling =
        knownOrganisation != null ? knownOrganisation : organisationSpelling(organisationName, row);
    Organisation organisation = spelling.organisation;
    Optional<ContactPerson> person = spelling.person(this, row.text(header.index(Column.PERSON)));
    InHouse inHouse = inHouse(row);
    Answers answers = answers(row);

    Contact contact = new Contact(respondent.current, organisation, person, inHouse, answers, row.number());
    Contact first = duplicateIndex.firstOrAdd(contact, own, contacts.size());
    if (first != null) {
      duplicates++;
      problems.add(Location.row(sheet, row.number()), "", ProblemKind.DUPLICATE_ROW, Integer.toString(first.row()));
      return;
    }
    contacts.add(contact);
    rowOwns.add(own);
  }

  private String key(String name) {
    String key = keys.get(name);
    if (key == null) {
      key = Names.key(name);
      if (keys.size() < MAX_CACHED_KEYS) {
        keys.put(name, key);
      }
    }
    return key;
  }

  static final int MAX_CACHED_KEYS = 1 << 20;

  private void reject(RawRow row, Column column, String value, ProblemKind kind) {
    rejected++;
    problems.add(new Location(sheet, row.number(), header.index(column)), value, kind, header.text(column));
  }

  private FunctionGroup function(String text) {
    FunctionGroup function = functionBySpelling.get(text);
    if (function == null) {
      function = functions.computeIfAbsent(key(text), k -> Parsing.function(text));
      remember(functionBySpelling, text, function);
    }
    return function;
  }

  private RespondentDraft respondent(String name, RespondentDraft known, FunctionGroup function, RawRow row) {
    RespondentDraft draft = known;
    if (draft == null) {
      draft = respondents.computeIfAbsent(key(name), k -> new RespondentDraft(k, name));
      remember(respondentBySpelling, name, draft);
    }
    if (function != null) {
      if (draft.function == null) {
        draft.settle(function);
      } else if (!draft.function.equals(function)) {
        problems.add(
            new Location(sheet, row.number(), header.index(Column.FUNCTION)),
            row.text(header.index(Column.FUNCTION)),
            ProblemKind.CONFLICTING_FUNCTION,
            draft.name,
            row.text(header.index(Column.FUNCTION)),
            draft.functionText);
      }
      if (draft.functionText == null) {
        draft.functionText = row.text(header.index(Column.FUNCTION));
      }
    }
    return draft;
  }

  /**
   * The row's own unit (null when its Team cell is empty), noted as the respondent's when it is
   * the first, listed as a conflict when the respondent had another one.
   */
  private Unit unit(RespondentDraft respondent, RawRow row) {
    int column = header.index(Column.TEAM);
    String text = row.text(column);
    if (text.isEmpty()) {
      return null;
    }
    Unit unit = unitBySpelling.get(text);
    if (unit == null) {
      String key = key(text);
      if (key.isEmpty()) {
        return null; // only spaces or punctuation: no unit named
      }
      unit = units.computeIfAbsent(key, k -> new Unit(k, text.strip()));
      remember(unitBySpelling, text, unit);
    }
    if (respondent.unit == null) {
      respondent.settle(unit);
      respondent.unitText = text;
    } else if (!respondent.unit.equals(unit)) {
      problems.add(
          new Location(sheet, row.number(), column), text, ProblemKind.CONFLICTING_UNIT,
          respondent.name, text, respondent.unitText);
    }
    return unit;
  }

  private OrganisationSpelling organisationSpelling(String name, RawRow row) {
    OrganisationSpelling spelling = organisationBySpelling.get(name);
    if (spelling == null) {
      spelling = new OrganisationSpelling(organisation(name, row));
      remember(organisationBySpelling, name, spelling);
    }
    return spelling;
  }

  /** Caches up to {@link #MAX_CACHED_KEYS} spellings: a sheet of unique names is not kept whole. */
  private static <V> void remember(Map<String, V> bySpelling, String spelling, V value) {
    if (bySpelling.size() < MAX_CACHED_KEYS) {
      bySpelling.put(spelling, value);
    }
  }

  /** An organisation as one spelling names it, with the people met there by their spelling. */
  private static final class OrganisationSpelling {
    final Organisation organisation;
    private final Map<String, Optional<ContactPerson>> personBySpelling = new HashMap<>();

    OrganisationSpelling(Organisation organisation) {
      this.organisation = organisation;
    }

    Optional<ContactPerson> person(ContactRows rows, String name) {
      Optional<ContactPerson> person = personBySpelling.get(name);
      if (person == null) {
        person = rows.person(organisation, name);
        remember(personBySpelling, name, person);
      }
      return person;
    }
  }

  private Organisation organisation(String name, RawRow row) {
    String key = classification.resolveKey(key(name));
    Organisation known = organisations.get(key);
    if (known != null) {
      return known;
    }
    Optional<Classification.Entry> entry = classification.lookup(key);
    Organisation organisation =
        entry
            .map(e -> new Organisation(key, e.name(), e.type()))
            .orElseGet(() -> new Organisation(key, name, nl.netwerkscan.model.OrganisationType.UNKNOWN));
    if (entry.isEmpty() || entry.get().type().isUnknown()) {
      problems.add(
          new Location(sheet, row.number(), header.index(Column.ORGANISATION)),
          name,
          ProblemKind.UNCLASSIFIED_ORGANISATION,
          name);
    }
    organisations.put(key, organisation);
    return organisation;
  }

  /** The person named at {@code organisation}; one Optional per person, shared by its rows. */
  private Optional<ContactPerson> person(Organisation organisation, String name) {
    String key = key(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return persons
        .computeIfAbsent(organisation, o -> new HashMap<>())
        .computeIfAbsent(key, k -> Optional.of(new ContactPerson(key, name, organisation)));
  }

  private InHouse inHouse(RawRow row) {
    String text = row.text(header.index(Column.IN_HOUSE));
    if (text.isEmpty()) {
      return InHouse.UNKNOWN;
    }
    InHouse value = answerTexts.inHouse(text);
    if (value == null) {
      problems.add(
          new Location(sheet, row.number(), header.index(Column.IN_HOUSE)),
          text,
          ProblemKind.INVALID_IN_HOUSE,
          text,
          header.text(Column.IN_HOUSE));
      return InHouse.UNKNOWN;
    }
    return value;
  }

  private Answers answers(RawRow row) {
    int combination = 0;
    for (Aspect aspect : ASPECTS) {
      int index = aspectColumns[aspect.ordinal()];
      String text = row.text(index);
      int value = text.isEmpty() ? 0 : answerTexts.value(aspect, text);
      if (value == 0 && !text.isEmpty()) {
        problems.add(
            new Location(sheet, row.number(), index),
            text,
            ProblemKind.INVALID_ANSWER,
            text,
            header.text(Column.forAspect(aspect)),
            aspect.key());
      }
      combination = AnswerTexts.nextDigit(combination, value);
    }
    return answerTexts.combination(combination);
  }

  private static final Aspect[] ASPECTS = Aspect.values();

  /**
   * The used contacts, with each respondent's function settled; roster functions fill gaps.
   * Contacts are made as their rows are read: only those made before their respondent's function
   * was known (or known from the roster only) are made again here.
   */
  List<Contact> contacts(Map<String, FunctionGroup> rosterFunctions, Map<String, Unit> rosterUnits) {
    // The duplicate index and the name keys have done their work: free them first.
    duplicateIndex.clear();
    rowOwns.clear();
    ownCells.clear();
    keys.clear();
    respondentBySpelling.clear();
    functionBySpelling.clear();
    unitBySpelling.clear();
    organisationBySpelling.clear();
    Map<Respondent, Respondent> settled = new IdentityHashMap<>();
    for (RespondentDraft draft : respondents.values()) {
      FunctionGroup function = draft.function != null ? draft.function : rosterFunctions.get(draft.key);
      Unit unit = draft.unit != null ? draft.unit : rosterUnits.get(draft.key);
      Respondent last = draft.current;
      Respondent done =
          (function == null || function == draft.function) && (unit == null || unit == draft.unit)
              ? last
              : new Respondent(draft.key, draft.name, function != null ? function : FunctionGroup.UNKNOWN,
                  unit != null ? unit : Unit.UNKNOWN);
      for (Respondent version : draft.versions) {
        if (version != done) {
          settled.put(version, done);
        }
      }
    }
    // Without units only a provisional respondent can need replacing, and every provisional one
    // carries the UNKNOWN constant itself: the identity test spares a look-up for nearly every
    // row. With units a respondent may have been renewed once more, so every row is looked up.
    boolean withUnits = !units.isEmpty() || !rosterUnits.isEmpty();
    for (int i = 0; i < contacts.size(); i++) {
      Contact c = contacts.get(i);
      Respondent respondent =
          withUnits || c.respondent().function() == FunctionGroup.UNKNOWN ? settled.get(c.respondent()) : null;
      if (respondent != null) {
        contacts.set(i, new Contact(respondent, c.organisation(), c.person(), c.inHouse(), c.answers(), c.row()));
      }
    }
    return contacts;
  }

  RowCounts counts() {
    return new RowCounts(read, contacts.size(), rejected, duplicates);
  }

  String sheet() {
    return sheet;
  }
}
