package nl.netwerkscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockedBufferedWriterTest {
  @TempDir Path dir;

  @Test
  void singleCharactersStringsAndArraysAcrossTheBufferArriveInOrderAsUtf8() throws IOException {
    Path file = dir.resolve("graaf.gexf");
    Files.writeString(file, "the previous content, longer than what replaces it ".repeat(10_000));
    String large = "é".repeat(70_000); // more than the 65,536-character buffer on its own
    StringBuilder expected = new StringBuilder();

    try (Writer out = UnlockedBufferedWriter.open(file)) {
      for (int i = 0; i < 65_530; i++) {
        out.write('a' + i % 26);
        expected.append((char) ('a' + i % 26));
      }
      out.write("Stichting Schuldhulp €", 10, 12); // crosses the buffer's end
      expected.append("Schuldhulp €");
      out.write(large.toCharArray(), 0, large.length());
      expected.append(large);
      out.write("<edge/>");
      expected.append("<edge/>");
    }

    assertEquals(expected.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }
}
