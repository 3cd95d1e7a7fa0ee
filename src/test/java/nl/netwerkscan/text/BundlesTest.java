package nl.netwerkscan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dutch and English bundles must have the same keys, no empty values, valid patterns. */
class BundlesTest {

  @ParameterizedTest
  @ValueSource(strings = {"/nl/netwerkscan/text/Messages", "/nl/netwerkscan/cli/Help"})
  void dutchAndEnglishHaveTheSameKeysAndNoEmptyTexts(String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties dutch = load(bundle + "_nl.properties");

    assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(dutch.stringPropertyNames()));
    for (Properties texts : new Properties[] {english, dutch}) {
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        assertTrue(!text.isBlank(), bundle + ": empty text for " + key);
        if (bundle.endsWith("Messages")) {
          new MessageFormat(text); // throws on a broken pattern, e.g. an unbalanced brace
        }
      }
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
