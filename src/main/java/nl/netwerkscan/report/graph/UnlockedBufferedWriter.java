package nl.netwerkscan.report.graph;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A buffered UTF-8 file writer that takes no lock per call. jgrapht-io's exporters hand the JDK's
 * XML serializer a {@code PrintWriter} around the writer they are given, and the serializer
 * writes indentation and much of the markup one character at a time: through a {@link
 * java.io.BufferedWriter} that is two locks per character, a large part of writing a graph file
 * of 100,000 links (60 MB of XML). Only one thread writes each file, so no lock is needed.
 */
final class UnlockedBufferedWriter extends Writer {
  private final Writer out;
  private final char[] buffer = new char[1 << 16];
  private int used;

  private UnlockedBufferedWriter(Writer out) {
    this.out = out;
  }

  /** A writer of {@code file} in UTF-8, replacing what was there. */
  static Writer open(Path file) throws IOException {
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
