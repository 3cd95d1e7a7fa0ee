package nl.netwerkscan.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import picocli.CommandLine.IVersionProvider;

/**
 * The version and build date from the jar's own manifest, so they never disagree with the pom:
 * {@code netwerkscan 0.1.0 (2026-12-06)}. Read from the jar this class was loaded from, not the
 * first manifest on the class path, which may be another library's.
 */
final class VersionProvider implements IVersionProvider {
  static final String DEVELOPMENT = "netwerkscan (development build)";

  @Override
  public String[] getVersion() {
    return new String[] {version()};
  }

  static String version() {
    return version(ownManifest());
  }

  /** The version line from {@code manifest}, the development build when it has no version. */
  static String version(Manifest manifest) {
    if (manifest == null || manifest.getMainAttributes().getValue("Implementation-Version") == null) {
      return DEVELOPMENT;
    }
    String version = manifest.getMainAttributes().getValue("Implementation-Version");
    String date = manifest.getMainAttributes().getValue("Build-Date");
    return "netwerkscan " + version + (date == null ? "" : " (" + date + ")");
  }

  private static Manifest ownManifest() {
    CodeSource source = VersionProvider.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      if (!Files.isRegularFile(location)) {
        return null; // classes from a folder: a build in the IDE or the tests
      }
      try (JarFile jar = new JarFile(location.toFile())) {
        return jar.getManifest();
      }
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      return null; // no readable jar of our own: say development build rather than fail --version
    }
  }
}
