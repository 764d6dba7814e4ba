package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The forces made while the run writes: one for each {@link Writeback#EVERY} bytes written, none
 * before, and a force that fails is reported when the forces end, since the final force may not
 * see that error again. A channel whose size the test sets stands in for the file, and the test
 * waits on latches the forces count down, never on time.
 */
class WritebackTest {

  @Test
  void aForceComesOnceEnoughIsWrittenAndStopReportsNoFailure() throws InterruptedException {
    FakeChannel file = new FakeChannel(null);
    Writeback writeback = new Writeback(file);
    file.size = Writeback.EVERY;
    assertThat(file.forced.await(30, TimeUnit.SECONDS)).as("a force after %d bytes", Writeback.EVERY).isTrue();
    assertThat(writeback.stop()).isNull();
    assertThat(file.forces.get()).isEqualTo(1);
  }

  @Test
  void lessThanOneShareWrittenIsLeftToTheFinalForce() throws InterruptedException {
    FakeChannel file = new FakeChannel(null);
    file.size = Writeback.EVERY - 1;
    Writeback writeback = new Writeback(file);
    assertThat(file.polledTwice.await(30, TimeUnit.SECONDS)).as("the size looked at twice").isTrue();
    assertThat(writeback.stop()).isNull();
    assertThat(file.forces.get()).isZero();
  }

  @Test
  void aFailedForceIsReportedWhenTheForcesEnd() throws InterruptedException {
    IOException failure = new IOException("Input/output error");
    FakeChannel file = new FakeChannel(failure);
    Writeback writeback = new Writeback(file);
    file.size = 3 * Writeback.EVERY;
    assertThat(file.forced.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(writeback.stop()).isSameAs(failure);
  }

  /** A file of a set size whose forces are counted, and fail when told to. */
  private static final class FakeChannel extends FileChannel {
    volatile long size;
    final AtomicInteger forces = new AtomicInteger();
    final CountDownLatch forced = new CountDownLatch(1);
    /** Down once the thread has looked at the size twice: it has decided on the first look. */
    final CountDownLatch polledTwice = new CountDownLatch(2);
    private final IOException failure;

    FakeChannel(IOException failure) {
      this.failure = failure;
    }

    @Override
    public long size() {
      polledTwice.countDown();
      return size;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      forces.incrementAndGet();
      forced.countDown();
      if (failure != null) {
        throw failure;
      }
    }

    @Override
    public int read(ByteBuffer dst) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int write(ByteBuffer src) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long position() {
      return size;
    }

    @Override
    public FileChannel position(long newPosition) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileChannel truncate(long newSize) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int read(ByteBuffer dst, long position) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int write(ByteBuffer src, long position) {
      throw new UnsupportedOperationException();
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) {
      throw new UnsupportedOperationException();
    }

    @Override
    protected void implCloseChannel() {}
  }
}
