package org.parallax.compare;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything Parallax says about one story so far: its articles side by side, the passages several outlets share,
 * the sentences only one outlet carries, and the timeline of the dates its articles name. Every item carries spans
 * into its article's text.
 */
public record StoryReport(String story, String title, List<ArticleEntry> articles, List<SharedPassage> shared,
    List<Occurrence> unique, List<TimelineEntry> timeline) {

  /** One article of the story. {@code copyOf} is set for near-duplicates, which count once. */
  public record ArticleEntry(String id, String outlet, LocalDate published, String title, String url,
      String copyOf) {}

  public StoryReport {
    articles = List.copyOf(articles);
    shared = List.copyOf(shared);
    unique = List.copyOf(unique);
    timeline = List.copyOf(timeline);
  }

  /** A report without a timeline yet. */
  public StoryReport(String story, String title, List<ArticleEntry> articles, List<SharedPassage> shared,
      List<Occurrence> unique) {
    this(story, title, articles, shared, unique, List.of());
  }

  public StoryReport withTimeline(List<TimelineEntry> entries) {
    return new StoryReport(story, title, articles, shared, unique, entries);
  }

  /** The unique sentences grouped by outlet, outlets in order of first appearance. */
  public java.util.Map<String, List<Occurrence>> uniqueByOutlet() {
    java.util.Map<String, List<Occurrence>> by = new java.util.LinkedHashMap<>();
    for (Occurrence o : unique) {
      by.computeIfAbsent(o.outlet(), k -> new java.util.ArrayList<>()).add(o);
    }
    return by;
  }
}
