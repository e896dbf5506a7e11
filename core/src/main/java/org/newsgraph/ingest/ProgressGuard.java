package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;

/**
 * A channel that fails instead of letting its reader spin: after many reads in a row that yield
 * nothing (end of input, or no room to read into) it throws. jwarc loops forever on some damaged
 * archives, asking again and again at the end of input (found by {@code ReaderFuzzTest}, kept in
 * {@code fuzz-regressions/}); a correct reader stops at the first end of input, so a bound this
 * generous never cuts a good archive short. Not thread-safe, as channels are read by one thread.
 */
class ProgressGuard implements ReadableByteChannel {

  /** Reads in a row that may yield nothing before the reader is taken to be stuck. */
  static final int MAX_IDLE_READS = 1_000;

  private final ReadableByteChannel channel;
  private int idle;

  private ProgressGuard(ReadableByteChannel channel) {
    this.channel = channel;
  }

  /** The channel guarded; a seekable one stays seekable, so that jwarc still skips by seeking. */
  static ReadableByteChannel of(ReadableByteChannel channel) {
    return channel instanceof SeekableByteChannel seekable
        ? new Seekable(seekable)
        : new ProgressGuard(channel);
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int n = channel.read(dst);
    if (n > 0) {
      idle = 0;
    } else if (++idle > MAX_IDLE_READS) {
      throw new IOException("the archive ends inside a record and the reader cannot go on");
    }
    return n;
  }

  @Override
  public boolean isOpen() {
    return channel.isOpen();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** The guard over a file. */
  private static final class Seekable extends ProgressGuard implements SeekableByteChannel {
    private final SeekableByteChannel file;

    Seekable(SeekableByteChannel file) {
      super(file);
      this.file = file;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      throw new IOException("read only");
    }

    @Override
    public long position() throws IOException {
      return file.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
      file.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return file.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
      throw new IOException("read only");
    }
  }
}
