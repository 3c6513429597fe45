package org.parallax.cluster;

/**
 * A figure an article gives with what it counts or measures: "magnitude 5.6", "31-year-old", "12 killed", "40%",
 * "$3 million", "23 pirates". Two look-alike events in one topic (two earthquakes on the same island, two arrests
 * of men of different ages) often differ in such a figure alone.
 *
 * @param kind what the figure counts or measures
 * @param noun for {@link Kind#COUNT}, the word after the number, without a plural "s" ("pirate" for "23
 *     pirates"); empty for the other kinds, whose noun the kind is
 * @param value the figure, normalised (money in units, not millions; percentages as written)
 */
public record Figure(Kind kind, String noun, double value) {

  /** What a figure counts or measures, and how far two of them may lie apart and still be the same fact. */
  public enum Kind {
    /** An earthquake's magnitude; agencies' estimates of one quake differ by a tenth or two. */
    MAGNITUDE(true),
    /** A person's age in years; reports a birthday apart differ by one. */
    AGE(true),
    /** People killed; a toll grows as a story goes on, so a different toll is soft evidence. */
    DEAD(false),
    /** People injured; grows like a death toll. */
    INJURED(false),
    /** A percentage; soft, since an article may give several. */
    PERCENT(false),
    /** An amount of money; soft, since estimates vary and an article may give several. */
    MONEY(false),
    /** A count of anything else, with its noun ("23 pirates", "288 candidates"); soft, since counts are revised. */
    COUNT(false);

    private final boolean hard;

    Kind(boolean hard) {
      this.hard = hard;
    }

    /**
     * Whether a different value is hard evidence of another event (a magnitude or an age does not change as a
     * story goes on) rather than soft (a count grows, and one article gives several).
     */
    public boolean hard() {
      return hard;
    }

    /**
     * Whether {@code a} and {@code b} may be the same fact told twice: magnitudes within a quarter of a point,
     * ages within a year, other counts within a tenth, and tolls, percentages and money, which grow or are
     * estimated, within a factor of 1.5.
     */
    public boolean agrees(double a, double b) {
      return switch (this) {
        case MAGNITUDE -> Math.abs(a - b) < 0.25;
        case AGE -> Math.abs(a - b) <= 1;
        case COUNT -> Math.abs(a - b) <= 0.1 * Math.max(a, b);
        default -> Math.max(a, b) <= 1.5 * Math.min(a, b);
      };
    }
  }

  /** A figure of a kind that names its own noun. */
  public Figure(Kind kind, double value) {
    this(kind, "", value);
  }

  public Figure {
    java.util.Objects.requireNonNull(kind, "kind");
    java.util.Objects.requireNonNull(noun, "noun");
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("The value of a figure must be finite and not negative, got: " + value);
    }
  }
}
