package nl.netwerkscan.generate;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Dutch-looking person names for staff and for the contact persons at partner organisations.
 * Groningen names dominate (the study was there), with the surnames of newer Dutch families
 * mixed in, because real rosters look like that.
 */
final class DutchNames {

  private static final List<String> FIRST_NAMES =
      List.of(
          "Jan", "Piet", "Kees", "Henk", "Anneke", "Marieke", "Sanne", "Femke", "Joost", "Bram",
          "Sjoerd", "Wietske", "Grietje", "Hilde", "Ingrid", "Willemijn", "Roelof", "Harm",
          "Geert", "Jannie", "Mirjam", "Esther", "Lotte", "Daan", "Ruud", "Erik", "Klaas",
          "Albert", "Hennie", "Margriet", "Trijntje", "Ria", "Anouk", "Niels", "Thijs", "Marloes",
          "Saskia", "Bart", "Wouter", "Hanneke", "Ilse", "Fatima", "Mehmet", "Yasmina", "Ahmed",
          "Priya", "Sandra", "Monique", "Karin", "Jeroen", "Martijn", "Rianne", "Tineke",
          "Gerrit", "Jelle", "Tjitske", "Johan", "Els", "Marco", "Nienke");

  private static final List<String> SURNAMES =
      List.of(
          "de Vries", "van der Meer", "Bakker", "Visser", "Smit", "Mulder", "de Boer", "Dijkstra",
          "Bosma", "Hoekstra", "Kuipers", "Postma", "Huisman", "Veenstra", "Wiersma", "Jansen",
          "de Jong", "van Dijk", "Meijer", "de Groot", "Brouwer", "Kramer", "Hofstede",
          "Zijlstra", "Boersma", "Oosterhof", "Kloosterman", "Tuinstra", "Nijboer", "Bouma",
          "Schuurman", "Wolters", "de Haan", "Stel", "Timmer", "Prins", "Scholten", "Venema",
          "Zuidema", "Hovinga", "Lubbers", "Pronk", "van Wijk", "Koster", "Kok", "Bos", "Vos",
          "Peters", "Hendriks", "Dekker", "Mol", "Westerhof", "Ubbens", "Bolhuis", "Groeneveld",
          "Sikkema", "Kamminga", "Bulthuis", "Veldman", "Yılmaz", "El Amrani", "Kaya",
          "Öztürk", "Bennani");

  private static final String INITIALS = "ABCDEFGHJKLMNOPRSTW";

  private DutchNames() {}

  /**
   * A staff name not yet in {@code used}, which it joins. Middle initials come in only when the
   * plain name is taken, the way a payroll tells two Jan Bakkers apart.
   */
  static String uniqueStaffName(Random random, Set<String> used) {
    String first = pick(FIRST_NAMES, random.nextInt(FIRST_NAMES.size()));
    String last = pick(SURNAMES, random.nextInt(SURNAMES.size()));
    String candidate = first + " " + last;
    StringBuilder initials = new StringBuilder();
    while (!used.add(candidate)) {
      initials.append(INITIALS.charAt(random.nextInt(INITIALS.length()))).append(". ");
      candidate = first + " " + initials + last;
      if (initials.length() > 6) {
        // three initials still taken: start over with another first name and surname
        return uniqueStaffName(random, used);
      }
    }
    return candidate;
  }

  /**
   * The name a respondent writes for an external contact person, a pure function of
   * {@code key} so the same person is spelt the same way everywhere without remembering them.
   * Forms mostly say "J. de Vries" or "Anneke Bakker", sometimes only a first name.
   */
  static String contactName(long key) {
    long h = mix(key);
    String first = pick(FIRST_NAMES, (int) Long.remainderUnsigned(h, FIRST_NAMES.size()));
    String last = pick(SURNAMES, (int) Long.remainderUnsigned(h >>> 20, SURNAMES.size()));
    int style = (int) Long.remainderUnsigned(h >>> 40, 10);
    if (style < 4) {
      return first.charAt(0) + ". " + last;
    }
    return style < 9 ? first + " " + last : first;
  }

  /**
   * The same person written carelessly: lower case and without the initial's dot. The contract
   * says such spellings are one person, so surveys should contain a few.
   */
  static String sloppy(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replace(".", "");
  }

  /**
   * The contract's identity of a name: case, accents, spaces and punctuation ignored. Two
   * names with the same key are one person to the importer, so invented names must differ here.
   */
  static String matchKey(String name) {
    String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .replaceAll("[^\\p{L}\\p{N}]", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  /** SplitMix64's finaliser: spreads nearby keys over all bits; specified, so stable on any JDK. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static String pick(List<String> names, int index) {
    return names.get(index);
  }
}
