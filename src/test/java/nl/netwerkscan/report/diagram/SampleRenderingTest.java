package nl.netwerkscan.report.diagram;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.netwerkscan.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes the sample pictures to target/diagram-samples for a human to look at. */
class SampleRenderingTest {
  @Test
  @EnabledIfSystemProperty(named = "diagram.samples", matches = "true")
  void writeSamples() throws Exception {
    for (String lang : new String[] {"nl", "en"}) {
      Path dir = Path.of("target/diagram-samples/" + lang);
      Files.createDirectories(dir);
      Diagrams.write(dir, SampleInputs.study(90), Messages.forLanguage(lang));
      Path big = Path.of("target/diagram-samples/" + lang + "-300");
      Files.createDirectories(big);
      Diagrams.write(big, SampleInputs.study(300), Messages.forLanguage(lang));
      Path example = Path.of("target/diagram-samples/" + lang + "-voorbeeld");
      Files.createDirectories(example);
      Diagrams.write(example, ExampleSurvey.read(), Messages.forLanguage(lang));
      Path small = Path.of("target/diagram-samples/" + lang + "-12");
      Files.createDirectories(small);
      Diagrams.write(small, SampleInputs.study(12), Messages.forLanguage(lang));
    }
  }
}
