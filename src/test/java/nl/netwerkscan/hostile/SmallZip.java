package nl.netwerkscan.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal zip writer (no zip64, no data descriptors) that, unlike ZipOutputStream, accepts
 * an entry's deflated bytes as given: what the zip bomb needs.
 */
final class SmallZip implements AutoCloseable {
  private final CountingOutput out;
  private final ByteArrayOutputStream central = new ByteArrayOutputStream();
  private int entries;

  SmallZip(OutputStream out) {
    this.out = new CountingOutput(out);
  }

  /** A small entry, deflated here. */
  void add(String name, String text) throws IOException {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(data);
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, /* nowrap= */ true);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      packed.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    begin(name, crc.getValue(), packed.size(), data.length);
    raw(packed.toByteArray());
  }

  /** Starts a deflated entry whose {@code compressed} bytes follow through {@link #raw}. */
  void begin(String name, long crc, long compressed, long size) throws IOException {
    byte[] file = name.getBytes(StandardCharsets.UTF_8);
    long offset = out.count;
    ByteArrayOutputStream local = new ByteArrayOutputStream();
    int32(local, 0x04034b50);
    header(local, crc, compressed, size, file.length);
    local.writeBytes(file);
    out.write(local.toByteArray());

    int32(central, 0x02014b50);
    int16(central, 20); // made by
    header(central, crc, compressed, size, file.length);
    int16(central, 0); // comment length
    int16(central, 0); // disk
    int16(central, 0); // internal attributes
    int32(central, 0); // external attributes
    int32(central, offset);
    central.writeBytes(file);
    entries++;
  }

  void raw(byte[] bytes) throws IOException {
    out.write(bytes);
  }

  private static void header(ByteArrayOutputStream b, long crc, long compressed, long size, int nameLength) {
    int16(b, 20); // version needed
    int16(b, 0); // flags
    int16(b, 8); // deflated
    int16(b, 0); // time
    int16(b, 0x21); // date 1980-01-01
    int32(b, crc);
    int32(b, compressed);
    int32(b, size);
    int16(b, nameLength);
    int16(b, 0); // extra length
  }

  @Override
  public void close() throws IOException {
    long start = out.count;
    byte[] directory = central.toByteArray();
    out.write(directory);
    ByteArrayOutputStream end = new ByteArrayOutputStream();
    int32(end, 0x06054b50);
    int16(end, 0);
    int16(end, 0);
    int16(end, entries);
    int16(end, entries);
    int32(end, directory.length);
    int32(end, start);
    int16(end, 0);
    out.write(end.toByteArray());
    out.flush();
  }

  private static void int16(ByteArrayOutputStream b, int v) {
    b.write(v & 0xff);
    b.write((v >>> 8) & 0xff);
  }

  private static void int32(ByteArrayOutputStream b, long v) {
    int16(b, (int) (v & 0xffff));
    int16(b, (int) ((v >>> 16) & 0xffff));
  }

  private static final class CountingOutput extends java.io.FilterOutputStream {
    long count;

    CountingOutput(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
