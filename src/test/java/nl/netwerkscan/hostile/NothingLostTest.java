package nl.netwerkscan.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.netwerkscan.hostile.Corpus.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Nothing lost, nothing overwritten: the survey file keeps its bytes and time after every run,
 * good or bad; a failed run leaves the previous report exactly as it was; two runs at once into
 * different folders both succeed and leave no temporary folder.
 */
class NothingLostTest {
  @TempDir Path dir;

  static final List<String> FILES = Corpus.FILES;

  @ParameterizedTest(name = "{0}")
  @FieldSource("FILES")
  void theSurveyKeepsItsBytesAndTime(String name) throws IOException {
    Path survey = Corpus.copy(name, dir);
    FileTime past = FileTime.from(Instant.parse("2024-03-01T09:00:00Z"));
    Files.setLastModifiedTime(survey, past);
    byte[] before = Files.readAllBytes(survey);

    Run run = Corpus.analyse(survey, dir.resolve("rapport"));

    assertTrue(run.status() == 0 || run.status() == 1, run::err);
    assertArrayEquals(before, Files.readAllBytes(survey));
    assertEquals(past, Files.getLastModifiedTime(survey));
  }

  @Test
  void aZipBombAfterAGoodRunLeavesThePreviousReportAsItWas() throws IOException {
    Path report = dir.resolve("rapport");
    assertEquals(0, Corpus.analyse(Corpus.copy("excel97.xls", dir), report).status());
    Map<String, byte[]> before = Corpus.snapshot(report);
    Path bomb = ZipBomb.write(dir.resolve("excel97.xlsx"), "xl/worksheets/sheet1.xml", 3000);
    FileTime time = Files.getLastModifiedTime(bomb);

    Run run = Corpus.analyse(bomb, report);

    assertEquals(1, run.status());
    assertSame(before, Corpus.snapshot(report));
    assertEquals(List.of(), Corpus.leftovers(dir));
    assertEquals(time, Files.getLastModifiedTime(bomb));
  }

  @Test
  void aSurveyWithoutRowsLeavesThePreviousReportAsItWas() {
    Path report = dir.resolve("rapport");
    assertEquals(0, Corpus.analyse(Corpus.copy("excel97.xls", dir), report).status());
    Map<String, byte[]> before = Corpus.snapshot(report);

    assertEquals(1, Corpus.analyse(Corpus.copy("alleen-kop.xlsx", dir), report).status());

    assertSame(before, Corpus.snapshot(report));
    assertEquals(List.of(), Corpus.leftovers(dir));
  }

  /** A real write failure: the report's folder cannot be made (its parent is a file). */
  @Test
  void anOutFolderThatCannotBeMadeIsWrongUsageNotABug() throws IOException {
    Path file = Files.writeString(dir.resolve("notities.txt"), "geen map");
    Path report = file.resolve("rapport");

    Run run = Corpus.analyse(Corpus.copy("excel97.xls", dir), report);

    assertEquals(2, run.status(), run::err);
    assertTrue(run.err().startsWith("Het rapport kon niet worden geschreven naar " + report), run::err);
    assertFalse(run.err().contains("Exception\n\tat"), "no stack trace");
    assertEquals("geen map", Files.readString(file));
  }

  /** As root every folder is writable, so this runs only where permissions bite (CI as a user). */
  @Test
  void aReadOnlyParentFolderLeavesThePreviousReportAsItWas() throws IOException {
    Path parent = Files.createDirectory(dir.resolve("gedeeld"));
    Path report = parent.resolve("rapport");
    assertEquals(0, Corpus.analyse(Corpus.copy("excel97.xls", dir), report).status());
    Map<String, byte[]> before = Corpus.snapshot(report);
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(canWrite(parent), "running as root: a read-only folder is still writable");

      Run run = Corpus.analyse(Corpus.copy("unicode.xlsx", dir), report);

      assertEquals(2, run.status(), run::err);
      assertSame(before, Corpus.snapshot(report));
      assertEquals(List.of(), Corpus.leftovers(parent));
    } finally {
      Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void twoRunsAtOnceIntoDifferentFoldersBothSucceed() throws Exception {
    Path first = Corpus.copy("excel97.xls", dir);
    Path second = Corpus.copy("unicode.xlsx", dir);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Run> a = pool.submit((Callable<Run>) () -> Corpus.analyse(first, dir.resolve("a")));
      Future<Run> b = pool.submit((Callable<Run>) () -> Corpus.analyse(second, dir.resolve("b")));

      assertEquals(0, a.get().status(), a.get().err());
      assertEquals(0, b.get().status(), b.get().err());
      assertTrue(a.get().out().contains("Rijen gelezen 3: gebruikt 3"), a.get().out());
      assertTrue(b.get().out().contains("Rijen gelezen 9: gebruikt 9"), b.get().out());
    } finally {
      pool.shutdown();
    }
    assertEquals(List.of(), Corpus.leftovers(dir));
    // each equals the report of the same survey made alone, byte for byte
    assertEquals(0, Corpus.analyse(first, dir.resolve("a-alleen")).status());
    assertEquals(0, Corpus.analyse(second, dir.resolve("b-alleen")).status());
    assertSame(Corpus.snapshot(dir.resolve("a-alleen")), Corpus.snapshot(dir.resolve("a")));
    assertSame(Corpus.snapshot(dir.resolve("b-alleen")), Corpus.snapshot(dir.resolve("b")));
  }

  private static boolean canWrite(Path folder) {
    try {
      Files.delete(Files.createTempFile(folder, "probe", ""));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
  }
}
