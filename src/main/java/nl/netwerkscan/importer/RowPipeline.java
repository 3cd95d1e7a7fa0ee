package nl.netwerkscan.importer;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the unzipping and XML parsing of a sheet on a thread of its own while the calling thread
 * interprets the rows, so the two halves of the work overlap on a two-core machine. Rows travel
 * in batches to keep the hand-over cheap, their free texts still as characters that the reading
 * thread pools ({@link RowBatch}); an error on either side stops both.
 */
final class RowPipeline {
  private static final int BATCHES_IN_FLIGHT = 16;

  /** Parses a sheet, pushing each row to the sink. */
  @FunctionalInterface
  interface Producer {
    void produce(Sink sink) throws Exception;
  }

  /** What the parser fills: texts to pool for the row being parsed, then the row itself. */
  interface Sink {
    /** The text of {@code column} in the row being parsed, to be pooled by the reading thread. */
    void text(int column, char[] chars, int start, int length);

    /** Drops a text given earlier for {@code column} in the row being parsed. */
    void forget(int column);

    /** Ends a row: its cells hold null where a text given by {@link #text} goes. */
    void row(RawRow row);
  }

  private RowPipeline() {}

  /** Thrown inside the producer when the consumer has stopped; never escapes this class. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  private record Batch(RowBatch rows, Throwable failure, boolean last) {}

  static void run(Producer producer, RowHandler consumer) throws Exception {
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    // Batches go back for reuse once read: their buffers would otherwise be garbage a few
    // hundred rows old, promoted by any collection that finds them in flight.
    BlockingQueue<RowBatch> spare = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT + 2);
    AtomicBoolean stopped = new AtomicBoolean();
    Thread thread = new Thread(() -> produce(producer, queue, spare, stopped), "sheet-parser");
    thread.setDaemon(true);
    thread.start();
    TextPool pool = new TextPool();
    try {
      while (true) {
        Batch batch = queue.take();
        batch.rows().deliver(pool, consumer);
        if (batch.failure() != null) {
          rethrow(batch.failure());
        }
        if (batch.last()) {
          return;
        }
        batch.rows().clear();
        spare.offer(batch.rows());
      }
    } finally {
      stopped.set(true);
      queue.clear(); // frees a producer blocked on a full queue
      thread.join();
    }
  }

  private static void produce(
      Producer producer, BlockingQueue<Batch> queue, BlockingQueue<RowBatch> spare, AtomicBoolean stopped) {
    RowBatch[] current = {new RowBatch()};
    try {
      producer.produce(
          new Sink() {
            @Override
            public void text(int column, char[] chars, int start, int length) {
              current[0].text(column, chars, start, length);
            }

            @Override
            public void forget(int column) {
              current[0].forget(column);
            }

            @Override
            public void row(RawRow row) {
              current[0].row(row);
              if (current[0].isFull()) {
                put(queue, new Batch(current[0], null, false), stopped);
                RowBatch next = spare.poll();
                current[0] = next == null ? new RowBatch() : next;
              }
            }
          });
      put(queue, new Batch(current[0], null, true), stopped);
    } catch (Stopped e) {
      // the consumer finished or failed first; nothing more to hand over
    } catch (Throwable e) {
      try {
        put(queue, new Batch(current[0], e, true), stopped);
      } catch (Stopped ignored) {
        // the consumer has gone; its own error wins
      }
    }
  }

  private static void put(BlockingQueue<Batch> queue, Batch batch, AtomicBoolean stopped) {
    try {
      while (!queue.offer(batch, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (stopped.get()) {
          throw new Stopped();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  private static void rethrow(Throwable failure) throws Exception {
    if (failure instanceof Exception e) {
      throw e;
    }
    throw (Error) failure;
  }
}
