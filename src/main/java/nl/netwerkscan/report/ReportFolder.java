package nl.netwerkscan.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Puts a report folder in place only once it is complete: everything is written into a fresh
 * temporary folder beside the target, then moved into place; an existing report is moved aside
 * first and removed only after the new one stands. A failed or interrupted run leaves the
 * previous report as it was, and two runs into different folders never share a temporary folder.
 */
public final class ReportFolder {
  private ReportFolder() {}

  /** Writes the files of one report into the folder it is given. */
  @FunctionalInterface
  public interface Contents {
    void writeInto(Path folder) throws IOException;
  }

  public static void replace(Path target, Contents contents) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    String name = absolute.getFileName().toString();
    Path temporary = Files.createTempDirectory(parent, "." + name + ".new-");
    try {
      shareable(temporary);
      contents.writeInto(temporary);
      if (Files.exists(absolute)) {
        Path old = Files.createTempDirectory(parent, "." + name + ".old-");
        Files.delete(old);
        move(absolute, old);
        try {
          move(temporary, absolute);
        } catch (IOException e) {
          move(old, absolute);
          throw e;
        }
        deleteRecursively(old);
      } else {
        move(temporary, absolute);
      }
    } finally {
      if (Files.exists(temporary)) {
        deleteRecursively(temporary);
      }
    }
  }

  /**
   * A temporary folder is private to its owner; the finished report is shared like any folder
   * the user makes (colleagues open it from a shared drive).
   */
  private static void shareable(Path folder) throws IOException {
    if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
