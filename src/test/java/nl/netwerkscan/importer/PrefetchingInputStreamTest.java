package nl.netwerkscan.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrefetchingInputStreamTest {
  @Test
  void givesEveryByteInOrderAcrossChunks() throws IOException {
    byte[] data = new byte[300_001]; // several 64 KB chunks and a short last one
    new Random(7).nextBytes(data);
    try (InputStream in = new PrefetchingInputStream(new ByteArrayInputStream(data), "test")) {
      assertArrayEquals(data, in.readAllBytes());
      assertEquals(-1, in.read());
    }
  }

  @Test
  void singleByteReadsAgreeWithTheSource() throws IOException {
    byte[] data = {1, (byte) 0xFF, 0, 42};
    try (InputStream in = new PrefetchingInputStream(new ByteArrayInputStream(data), "test")) {
      assertEquals(1, in.read());
      assertEquals(0xFF, in.read());
      assertEquals(0, in.read());
      assertEquals(42, in.read());
      assertEquals(-1, in.read());
    }
  }

  @Test
  void theSourcesFailureArrivesAsTheSameException() throws IOException {
    IOException broken = new IOException("damaged entry");
    InputStream failing =
        new InputStream() {
          private int left = 100_000;

          @Override
          public int read() throws IOException {
            // InputStream's bulk read swallows a failure after its first byte: fail for good.
            if (left == 0) {
              throw broken;
            }
            left--;
            return 'x';
          }
        };
    try (InputStream in = new PrefetchingInputStream(failing, "test")) {
      IOException thrown = assertThrows(IOException.class, in::readAllBytes);
      assertSame(broken, thrown);
    }
  }

  @Test
  void closingEarlyStopsTheReaderAndClosesTheSource() throws IOException {
    boolean[] closed = new boolean[1];
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'x';
          }

          @Override
          public void close() {
            closed[0] = true;
          }
        };
    InputStream in = new PrefetchingInputStream(endless, "test");
    assertEquals('x', in.read());
    in.close(); // returns only after the reader thread has ended
    assertEquals(true, closed[0]);
  }
}
