package nl.netwerkscan.importer;

import nl.netwerkscan.model.Names;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.netwerkscan.model.OrganisationType;

/**
 * Which type each partner organisation is, and which spellings name it. Starts from the study's
 * built-in classification (organisation-types.csv, shipped in the jar); a survey's Organisaties
 * sheet or an --organisations file extends it: their aliases are added and their type wins.
 */
final class Classification {
  private static final String BUILT_IN = "organisation-types.csv";

  /** A classified organisation under its canonical name. */
  record Entry(String name, OrganisationType type) {}

  /** In the order first added, so the template lists organisations as the CSV does. */
  private final Map<String, Entry> byKey = new LinkedHashMap<>();
  private final Map<String, String> aliasToKey = new HashMap<>();
  /** The alias spellings as written, per canonical key: only the template needs them. */
  private final Map<String, Set<String>> aliasSpellings = new HashMap<>();

  static Classification builtIn() {
    Classification classification = new Classification();
    try (InputStream in = Classification.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + BUILT_IN);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine(); // header: organisatie;soort;aliassen
      for (String line; (line = reader.readLine()) != null; ) {
        String[] fields = line.split(";", -1);
        if (fields.length >= 2 && !fields[0].isBlank()) {
          classification.add(fields[0], fields[1], fields.length > 2 ? fields[2] : "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return classification;
  }

  /**
   * Adds or overrides an organisation: its type, when given, wins over an earlier one; its aliases
   * (separated by | or ,) are added.
   */
  void add(String name, String type, String aliases) {
    String key = Names.key(name);
    if (key.isEmpty()) {
      return;
    }
    String canonical = resolveKey(key);
    Entry existing = byKey.get(canonical);
    if (existing == null) {
      canonical = key;
    }
    String shownName = existing == null ? name.strip() : existing.name();
    // An empty Soort names no type, so there is nothing to win: a row that only adds aliases
    // must not turn a classified organisation into Onbekend.
    OrganisationType newType = type.isBlank() && existing != null ? existing.type() : parseType(type);
    byKey.put(canonical, new Entry(shownName, newType));
    aliasToKey.put(key, canonical);
    Set<String> spellings = aliasSpellings.computeIfAbsent(canonical, k -> new LinkedHashSet<>());
    if (!key.equals(canonical)) {
      spellings.add(name.strip());
    }
    for (String alias : aliases.split("[|,]")) {
      String aliasKey = Names.key(alias);
      if (!aliasKey.isEmpty()) {
        aliasToKey.put(aliasKey, canonical);
        spellings.add(alias.strip());
      }
    }
  }

  /** Every classified organisation with its aliases as written, in the order first added. */
  List<SurveyVocabulary.OrganisationEntry> entries() {
    List<SurveyVocabulary.OrganisationEntry> entries = new ArrayList<>();
    for (Map.Entry<String, Entry> e : byKey.entrySet()) {
      entries.add(
          new SurveyVocabulary.OrganisationEntry(
              e.getValue().name(), e.getValue().type(), List.copyOf(aliasSpellings.getOrDefault(e.getKey(), Set.of()))));
    }
    return entries;
  }

  /** The canonical matching key of an organisation name, through aliases. */
  String resolveKey(String key) {
    return aliasToKey.getOrDefault(key, key);
  }

  Optional<Entry> lookup(String canonicalKey) {
    return Optional.ofNullable(byKey.get(canonicalKey));
  }

  private static final Map<String, OrganisationType.BuiltIn> TYPE_NAMES = new HashMap<>();
  /** Each built-in type's name: Dutch, then English. */
  private static final Map<OrganisationType.BuiltIn, String[]> TYPE_LABELS = new EnumMap<>(OrganisationType.BuiltIn.class);

  static {
    String[][] names = {
      {"CWI", "CWI", "CWI"}, {"WORK", "Werk", "Work"}, {"EDUCATION", "Opleiding", "Education"},
      {"CHILDCARE", "Kinderopvang", "Childcare"}, {"CARE", "Zorg", "Care"},
      {"FINANCE", "Geld", "Finance"}, {"HOUSING", "Huis", "Housing"},
      {"ENABLING", "Voorwaardenscheppend", "Enabling"}, {"UNKNOWN", "Onbekend", "Unknown"}
    };
    for (String[] row : names) {
      OrganisationType.BuiltIn builtIn = OrganisationType.BuiltIn.valueOf(row[0]);
      TYPE_LABELS.put(builtIn, new String[] {row[1], row[2]});
      for (int i = 1; i < row.length; i++) {
        TYPE_NAMES.put(Names.key(row[i]), builtIn);
      }
    }
  }

  /** The name of a built-in type in one language. */
  static String typeName(OrganisationType.BuiltIn builtIn, boolean english) {
    return TYPE_LABELS.get(builtIn)[english ? 1 : 0];
  }

  /** A type name in Dutch or English; any other non-empty text is a type of its own. */
  static OrganisationType parseType(String type) {
    OrganisationType.BuiltIn builtIn = TYPE_NAMES.get(Names.key(type));
    if (builtIn != null) {
      return OrganisationType.of(builtIn);
    }
    return type.isBlank() ? OrganisationType.UNKNOWN : OrganisationType.custom(type);
  }
}
