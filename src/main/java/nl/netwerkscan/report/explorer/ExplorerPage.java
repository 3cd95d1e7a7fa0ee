package nl.netwerkscan.report.explorer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Properties;
import nl.netwerkscan.report.ReportContent;
import nl.netwerkscan.text.Messages;

/**
 * Writes {@code verkenner.html / explorer.html}: one self-contained page, the template with the
 * style, the data ({@link ExplorerData}), Cytoscape.js from its WebJar and the page's own script
 * put in, so that it opens by double-click with no network and no server, and can be mailed.
 */
public final class ExplorerPage {
  private static final String RESOURCES = "/nl/netwerkscan/report/explorer/";
  private static final String WEBJAR = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

  private ExplorerPage() {}

  /** Writes the page of {@code content} into {@code folder} and returns its path. */
  public static Path write(
      Path folder, ReportContent content, Messages messages, OptionalInt year, ExplorerData.Privacy privacy)
      throws IOException {
    Path page = folder.resolve(messages.get("report.file.explorer"));
    String[] template = Parts.TEMPLATE;
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(page, StandardCharsets.UTF_8), 1 << 16)) {
      out.write(template[0]);
      out.write(messages.locale().getLanguage());
      out.write(template[1]);
      out.write(Parts.STYLE);
      out.write(template[2]);
      ExplorerData.write(out, content, messages, year, privacy);
      out.write(template[3]);
      out.write(Parts.LIBRARY);
      out.write(template[4]);
      out.write(Parts.APP);
      out.write(template[5]);
    }
    return page;
  }

  /** The page's fixed parts, read once from the class path. */
  private static final class Parts {
    static final String[] TEMPLATE = split(resource(RESOURCES + "explorer.html"));
    static final String STYLE = resource(RESOURCES + "explorer.css");
    static final String APP = script(resource(RESOURCES + "explorer.js"));
    static final String LIBRARY = script(cytoscape());

    /** The template cut at its markers, in the order the page writes them. */
    private static String[] split(String template) {
      String[] markers = {"@LANGUAGE@", "@STYLE@", "@DATA@", "@LIBRARY@", "@APP@"};
      String[] parts = new String[markers.length + 1];
      int from = 0;
      for (int i = 0; i < markers.length; i++) {
        int at = template.indexOf(markers[i], from);
        if (at < 0) {
          throw new IllegalStateException("explorer template lacks " + markers[i]);
        }
        parts[i] = template.substring(from, at);
        from = at + markers[i].length();
      }
      parts[markers.length] = template.substring(from);
      return parts;
    }

    /** A script is put inside a script block: it must not contain what would end the block. */
    private static String script(String code) {
      if (code.toLowerCase(Locale.ROOT).contains("</script")) {
        throw new IllegalStateException("a script for the explorer contains </script");
      }
      return code;
    }

    private static String cytoscape() {
      Properties webjar = new Properties();
      try (InputStream in = ExplorerPage.class.getClassLoader().getResourceAsStream(WEBJAR)) {
        if (in == null) {
          throw new IllegalStateException("Cytoscape.js is not on the class path: " + WEBJAR);
        }
        webjar.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String version = webjar.getProperty("version");
      return resource("/META-INF/resources/webjars/cytoscape/" + version + "/dist/cytoscape.min.js");
    }

    private static String resource(String name) {
      try (InputStream in = ExplorerPage.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
