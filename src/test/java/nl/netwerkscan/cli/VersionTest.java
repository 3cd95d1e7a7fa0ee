package nl.netwerkscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * --version on the top command and on every subcommand. The tests run from target/classes, which
 * has no manifest, so they see the development build; the manifest's lines are tested apart.
 */
class VersionTest {
  @Test
  void everyCommandAnswersVersion() {
    for (String[] args : new String[][] {{"--version"}, {"analyse", "--version"}, {"compare", "-V"},
        {"template", "--version"}, {"generate", "--version"}}) {
      StringWriter out = new StringWriter();
      assertEquals(0, Cli.run(args, new PrintWriter(out), new PrintWriter(new StringWriter())));
      assertEquals(VersionProvider.DEVELOPMENT + System.lineSeparator(), out.toString(), String.join(" ", args));
    }
  }

  /** What the packaged jar's manifest gives (pom: Implementation-Version and Build-Date). */
  @Test
  void versionAndBuildDateFromTheManifest() {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().putValue("Implementation-Version", "0.1.0");
    assertEquals("netwerkscan 0.1.0", VersionProvider.version(manifest));
    manifest.getMainAttributes().putValue("Build-Date", "2026-12-06");
    assertEquals("netwerkscan 0.1.0 (2026-12-06)", VersionProvider.version(manifest));
  }
}
