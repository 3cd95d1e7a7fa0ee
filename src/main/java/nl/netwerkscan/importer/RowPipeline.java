package nl.netwerkscan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the unzipping and XML parsing of a sheet on a thread of its own while the calling thread
 * interprets the rows, so the two halves of the work overlap on a two-core machine. Rows travel
 * in batches to keep the hand-over cheap; an error on either side stops both.
 */
final class RowPipeline {
  static final int BATCH = 512;
  private static final int BATCHES_IN_FLIGHT = 16;

  /** Parses a sheet, pushing each row to the sink. */
  @FunctionalInterface
  interface Producer {
    void produce(RowHandler sink) throws Exception;
  }

  private RowPipeline() {}

  /** Thrown inside the producer when the consumer has stopped; never escapes this class. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  private record Batch(List<RawRow> rows, Throwable failure, boolean last) {}

  static void run(Producer producer, RowHandler consumer) throws Exception {
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    AtomicBoolean stopped = new AtomicBoolean();
    Thread thread = new Thread(() -> produce(producer, queue, stopped), "sheet-parser");
    thread.setDaemon(true);
    thread.start();
    try {
      while (true) {
        Batch batch = queue.take();
        for (RawRow row : batch.rows()) {
          consumer.row(row);
        }
        if (batch.failure() != null) {
          rethrow(batch.failure());
        }
        if (batch.last()) {
          return;
        }
      }
    } finally {
      stopped.set(true);
      queue.clear(); // frees a producer blocked on a full queue
      thread.join();
    }
  }

  private static void produce(Producer producer, BlockingQueue<Batch> queue, AtomicBoolean stopped) {
    List<List<RawRow>> current = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
    try {
      producer.produce(
          row -> {
            List<RawRow> rows = current.get(0);
            rows.add(row);
            if (rows.size() == BATCH) {
              put(queue, new Batch(rows, null, false), stopped);
              current.set(0, new ArrayList<>(BATCH));
            }
          });
      put(queue, new Batch(current.get(0), null, true), stopped);
    } catch (Stopped e) {
      // the consumer finished or failed first; nothing more to hand over
    } catch (Throwable e) {
      try {
        put(queue, new Batch(current.get(0), e, true), stopped);
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
