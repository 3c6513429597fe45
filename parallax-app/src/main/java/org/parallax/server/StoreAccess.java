package org.parallax.server;

import java.util.concurrent.Callable;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.parallax.Parallax;

/** One open store shared by the request threads: reads run side by side, a write runs alone. */
final class StoreAccess {

  /** Work on the store that may fail. */
  interface Work<T> {
    T run(Parallax parallax) throws Exception;
  }

  private final Parallax parallax;
  private final ReadWriteLock lock = new ReentrantReadWriteLock(true);

  StoreAccess(Parallax parallax) {
    this.parallax = parallax;
  }

  <T> T read(Work<T> work) throws Exception {
    return under(lock.readLock(), work);
  }

  <T> T write(Work<T> work) throws Exception {
    return under(lock.writeLock(), work);
  }

  private <T> T under(Lock held, Work<T> work) throws Exception {
    held.lock();
    try {
      return work.run(parallax);
    } finally {
      held.unlock();
    }
  }
}
