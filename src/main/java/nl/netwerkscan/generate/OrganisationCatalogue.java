package nl.netwerkscan.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The built-in organisation classification, read from the same classpath resource the importer
 * uses, so generated surveys name organisations the tool already knows.
 */
final class OrganisationCatalogue {

  static final String RESOURCE = "/nl/netwerkscan/importer/organisation-types.csv";

  /** One line of organisation-types.csv: canonical name, Dutch type name, other spellings. */
  record Entry(String name, String type, List<String> aliases) {
    Entry {
      aliases = List.copyOf(aliases);
    }
  }

  private final List<Entry> entries;
  private final Map<String, Entry> byName;

  private OrganisationCatalogue(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    this.byName = this.entries.stream().collect(Collectors.toMap(Entry::name, Function.identity()));
  }

  static OrganisationCatalogue builtIn() {
    try (InputStream in = OrganisationCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource missing: " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OrganisationCatalogue parse(BufferedReader reader) throws IOException {
    List<Entry> entries = new ArrayList<>();
    reader.readLine(); // header: organisatie;soort;aliassen
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      // limit -1 keeps the empty alias field instead of dropping it
      String[] fields = line.split(";", -1);
      List<String> aliases =
          fields.length > 2 && !fields[2].isBlank()
              ? Arrays.stream(fields[2].split("\\|")).map(String::strip).toList()
              : List.of();
      entries.add(new Entry(fields[0].strip(), fields[1].strip(), aliases));
    }
    return new OrganisationCatalogue(entries);
  }

  List<Entry> entries() {
    return entries;
  }

  Optional<Entry> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  Entry get(String name) {
    return find(name)
        .orElseThrow(() -> new IllegalArgumentException("not in " + RESOURCE + ": " + name));
  }

  List<Entry> ofType(String type) {
    return entries.stream().filter(e -> e.type().equals(type)).toList();
  }
}
