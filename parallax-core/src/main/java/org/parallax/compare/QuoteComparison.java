package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.parallax.extract.quote.Attribution;
import org.parallax.extract.quote.AttributionTagger;
import org.parallax.model.Article;

/**
 * Who is quoted saying what across a story: the attributions of every original article grouped by speaker, each
 * marked with the outlets that carry the same wording (a shared passage overlapping its content). Attributions
 * without a stated source, and copies (a reprint is not a second witness), are left out. Speakers are grouped by the
 * name each article resolves them to, so one person spelled two ways in two outlets is still two groups until
 * entities are reconciled across articles.
 */
public final class QuoteComparison {

  private QuoteComparison() {}

  /** The speakers of {@code articles}, those reported by the most outlets first. */
  public static List<SpeakerQuotes> of(List<Article> articles, List<SharedPassage> shared,
      List<StoryEntity> entities) {
    List<Article> originals = articles.stream().filter(a -> !a.isCopy()).toList();
    List<List<Attribution>> found = new ArrayList<>();
    List<String> speakers = new ArrayList<>();
    for (Article a : originals) {
      List<Attribution> attributions = AttributionTagger.find(a.text()).stream()
          .filter(at -> at.source() != null && at.speaker() != null && !at.speaker().isBlank()).toList();
      found.add(attributions);
      attributions.forEach(at -> speakers.add(at.speaker()));
    }
    Map<String, String> names = EntityComparison.personNames(entities, speakers);
    Map<String, List<ReportedQuote>> bySpeaker = new LinkedHashMap<>();
    for (int i = 0; i < originals.size(); i++) {
      Article a = originals.get(i);
      for (Attribution at : found.get(i)) {
        Occurrence cue = at.cue() == null ? null
            : new Occurrence(a.id(), a.outlet(), at.cue(), at.cue().ofCodePoints(a.text()));
        Occurrence content = new Occurrence(a.id(), a.outlet(), at.content(), at.content().ofCodePoints(a.text()));
        bySpeaker.computeIfAbsent(names.get(at.speaker()), k -> new ArrayList<>())
            .add(new ReportedQuote(a.id(), a.outlet(), cue, content, at.direct(), echoes(content, shared)));
      }
    }
    List<SpeakerQuotes> grouped = new ArrayList<>();
    bySpeaker.forEach((speaker, quotes) -> {
      LinkedHashSet<String> outlets = new LinkedHashSet<>();
      quotes.forEach(q -> outlets.add(q.outlet()));
      grouped.add(new SpeakerQuotes(speaker, List.copyOf(outlets), quotes));
    });
    grouped.sort(Comparator.comparingInt((SpeakerQuotes s) -> -s.outlets().size())
        .thenComparingInt(s -> -s.quotes().size()));
    return grouped;
  }

  /** The other outlets that share a passage with {@code content}. */
  private static List<String> echoes(Occurrence content, List<SharedPassage> shared) {
    LinkedHashSet<String> outlets = new LinkedHashSet<>();
    for (SharedPassage p : shared) {
      boolean here = p.occurrences().stream().anyMatch(o -> o.article().equals(content.article())
          && o.span().overlaps(content.span()));
      if (here) {
        p.occurrences().stream().map(Occurrence::outlet).filter(o -> !o.equals(content.outlet()))
            .forEach(outlets::add);
      }
    }
    return List.copyOf(outlets);
  }
}
