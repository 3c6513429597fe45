package org.parallax.compare;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything Parallax says about one story so far: its articles side by side, the passages several outlets share,
 * the sentences only one outlet carries, every person, organisation and place under all its names, who is quoted
 * saying what (and which outlets quote alike), and the timeline of the dates its articles name. Every item carries
 * spans into its article's text.
 */
public record StoryReport(String story, String title, List<ArticleEntry> articles, List<SharedPassage> shared,
    List<Occurrence> unique, List<StoryEntity> entities, List<SpeakerQuotes> quotes, List<TimelineEntry> timeline) {

  /** One article of the story. {@code copyOf} is set for near-duplicates, which count once. */
  public record ArticleEntry(String id, String outlet, LocalDate published, String title, String url,
      String copyOf) {}

  public StoryReport {
    articles = List.copyOf(articles);
    shared = List.copyOf(shared);
    unique = List.copyOf(unique);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    timeline = List.copyOf(timeline);
  }

  /** A report of passages alone, before quotes and timeline are added. */
  public StoryReport(String story, String title, List<ArticleEntry> articles, List<SharedPassage> shared,
      List<Occurrence> unique) {
    this(story, title, articles, shared, unique, List.of(), List.of(), List.of());
  }

  public StoryReport withEntities(List<StoryEntity> found) {
    return new StoryReport(story, title, articles, shared, unique, found, quotes, timeline);
  }

  public StoryReport withQuotes(List<SpeakerQuotes> speakers) {
    return new StoryReport(story, title, articles, shared, unique, entities, speakers, timeline);
  }

  public StoryReport withTimeline(List<TimelineEntry> entries) {
    return new StoryReport(story, title, articles, shared, unique, entities, quotes, entries);
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
