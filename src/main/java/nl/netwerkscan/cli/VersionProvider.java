package nl.netwerkscan.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, so it never disagrees with the pom. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"netwerkscan " + (version == null ? "(development build)" : version)};
  }
}
