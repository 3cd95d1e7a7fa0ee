package nl.netwerkscan.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A buffered UTF-8 file writer that takes no lock per call. The XML writers the report uses call
 * their writer once per character or per small piece: jgrapht-io's exporters hand the JDK's XML
 * serializer a {@code PrintWriter} that writes indentation and much of the markup one character
 * at a time, and SXSSF writes each cell's attributes in pieces of a few characters. Through a
 * {@link java.io.BufferedWriter} each call takes a lock; for a graph file of 100,000 links (60 MB
 * of XML) and a Medewerkers sheet of a million-row survey that is a large part of their time.
 * Only one thread writes each file, so no lock is needed.
 */
public final class UnlockedBufferedWriter extends Writer {
  private final Writer out;
  private final char[] buffer = new char[1 << 16];
  private int used;

  private UnlockedBufferedWriter(Writer out) {
    this.out = out;
  }

  /** A writer of {@code file} in UTF-8, replacing what was there. */
  public static Writer open(Path file) throws IOException {
    return new UnlockedBufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  @Override
  public void write(int c) throws IOException {
    if (used == buffer.length) {
      flushBuffer();
    }
    buffer[used++] = (char) c;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (length > buffer.length - used) {
      flushBuffer();
      if (length > buffer.length) {
        out.write(chars, offset, length);
        return;
      }
    }
    System.arraycopy(chars, offset, buffer, used, length);
    used += length;
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    if (length > buffer.length - used) {
      flushBuffer();
      if (length > buffer.length) {
        out.write(text, offset, length);
        return;
      }
    }
    text.getChars(offset, offset + length, buffer, used);
    used += length;
  }

  @Override
  public void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try (out) {
      flushBuffer();
    }
  }

  private void flushBuffer() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
  }
}
