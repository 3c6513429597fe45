package org.parallax.store;

import java.util.List;

/**
 * The outcome of verifying a store: whether every file and segment is intact, how much was checked, and what is
 * wrong where it is not.
 */
public record StoreCheck(boolean clean, int segments, long articles, List<String> problems) {

  public StoreCheck {
    problems = List.copyOf(problems);
  }
}
