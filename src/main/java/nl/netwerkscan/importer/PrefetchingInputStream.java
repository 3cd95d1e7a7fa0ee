package nl.netwerkscan.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a stream ahead on a thread of its own, in chunks. Under the sheet XML it takes the
 * unzipping off the parser's thread: a large import keeps the parser busy all the time while the
 * thread that interprets the rows waits for it, so the decompression is better done beside both.
 * A failure of the underlying stream (a zip bomb, a damaged entry) is thrown by {@link #read}
 * as the same exception, so callers recognise it as before.
 */
final class PrefetchingInputStream extends InputStream {
  private static final int CHUNK = 1 << 16;
  private static final int CHUNKS_AHEAD = 16;
  private static final Chunk END = new Chunk(new byte[0], 0, null);

  private record Chunk(byte[] bytes, int length, Throwable failure) {}

  private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
  /** Arrays the parser has read, for the reader to fill again: 560 MB of sheet in 64 KB chunks. */
  private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(CHUNKS_AHEAD + 2);
  private final Thread reader;
  private volatile boolean closed;
  private Chunk current = new Chunk(new byte[0], 0, null);
  private int position;

  PrefetchingInputStream(InputStream in, String threadName) {
    reader = new Thread(() -> readAhead(in), threadName);
    reader.setDaemon(true);
    reader.start();
  }

  private void readAhead(InputStream in) {
    try (in) {
      while (!closed) {
        byte[] bytes = spare.poll();
        if (bytes == null) {
          bytes = new byte[CHUNK];
        }
        int length = in.readNBytes(bytes, 0, CHUNK);
        if (length == 0) {
          break;
        }
        hand(new Chunk(bytes, length, null));
      }
      hand(END);
    } catch (IOException | RuntimeException | Error e) {
      hand(new Chunk(new byte[0], 0, e));
    }
  }

  /** Queues a chunk, giving up when the stream was closed meanwhile. */
  private void hand(Chunk chunk) {
    try {
      while (!closed && !chunks.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
        // the consumer is behind; wait for room or for close()
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (position == current.length()) {
      if (current == END) {
        return -1;
      }
      if (current.length() > 0) {
        spare.offer(current.bytes()); // dropped when full
      }
      current = next();
      position = 0;
      if (current == END) {
        return -1;
      }
    }
    int count = Math.min(length, current.length() - position);
    System.arraycopy(current.bytes(), position, buffer, offset, count);
    position += count;
    return count;
  }

  private Chunk next() throws IOException {
    Chunk chunk;
    try {
      chunk = chunks.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading ahead");
    }
    if (chunk.failure() != null) {
      throwAsIs(chunk.failure());
    }
    return chunk;
  }

  private static void throwAsIs(Throwable failure) throws IOException {
    if (failure instanceof IOException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    throw (Error) failure;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    chunks.clear(); // frees a reader blocked on a full queue
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    current = END;
    position = 0;
  }
}
