package nl.netwerkscan.cli;

/** The netwerkscan command; the only place that calls System.exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true)));
  }
}
