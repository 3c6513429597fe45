package org.parallax.extract.quote;

import java.util.List;
import org.parallax.model.Span;

/**
 * One quotation in {@code String} indexes: its parts, each with its marks, one per paragraph it runs through.
 *
 * <p>A quote closed in its paragraph has one part; one that opens a paragraph without closing continues into the
 * next paragraph that opens with a quote mark, and so on, one part each.
 */
record Quote(List<Span> parts) {

  Quote {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("A quote needs at least one part");
    }
    parts = List.copyOf(parts);
  }

  Span first() {
    return parts.get(0);
  }

  Span last() {
    return parts.get(parts.size() - 1);
  }
}
