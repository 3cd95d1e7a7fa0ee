package nl.netwerkscan.cli;

import java.util.OptionalInt;

/** The netwerkscan command; the only place that calls System.exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    OptionalInt tuned = TunedJvm.runTuned(args);
    if (tuned.isPresent()) {
      System.exit(tuned.getAsInt());
    }
    System.exit(Cli.run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true)));
  }
}
