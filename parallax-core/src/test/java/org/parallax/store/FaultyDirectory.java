package org.parallax.store;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory that fails on purpose: the n-th file operation (create, sync, rename, delete) throws, or writes
 * beyond a byte budget fail as a full disk would. Every operation counts, so a test can walk the fault through
 * every point of an ingest, commits included.
 */
final class FaultyDirectory extends FilterDirectory {

  private final int failAt;
  private final long byteBudget;
  private int operations;
  private long written;

  /**
   * @param failAt the 1-based operation that throws, or 0 for none
   * @param byteBudget bytes that may be written before writes fail, or {@code Long.MAX_VALUE}
   */
  FaultyDirectory(Directory in, int failAt, long byteBudget) {
    super(in);
    this.failAt = failAt;
    this.byteBudget = byteBudget;
  }

  int operations() {
    return operations;
  }

  private void maybeFail(String what) throws IOException {
    if (++operations == failAt) {
      throw new IOException("injected fault at operation " + operations + " (" + what + ")");
    }
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    maybeFail("create " + name);
    return new Budgeted(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
    maybeFail("create temp " + prefix);
    return new Budgeted(in.createTempOutput(prefix, suffix, context));
  }

  @Override
  public void sync(Collection<String> names) throws IOException {
    maybeFail("sync " + names);
    in.sync(names);
  }

  @Override
  public void syncMetaData() throws IOException {
    maybeFail("sync metadata");
    in.syncMetaData();
  }

  @Override
  public void rename(String source, String dest) throws IOException {
    maybeFail("rename " + source + " to " + dest);
    in.rename(source, dest);
  }

  @Override
  public void deleteFile(String name) throws IOException {
    maybeFail("delete " + name);
    in.deleteFile(name);
  }

  /** Counts bytes and fails past the budget, as a full disk does. */
  private final class Budgeted extends IndexOutput {
    private final IndexOutput out;

    Budgeted(IndexOutput out) {
      super("budgeted(" + out + ")", out.getName());
      this.out = out;
    }

    private void charge(long n) throws IOException {
      written += n;
      if (written > byteBudget) {
        throw new IOException("No space left on device (injected after " + byteBudget + " bytes)");
      }
    }

    @Override
    public void writeByte(byte b) throws IOException {
      charge(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      charge(length);
      out.writeBytes(b, offset, length);
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
