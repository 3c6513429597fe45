package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.extract.entity.EntityRecognizer;
import org.parallax.extract.entity.Mention;
import org.parallax.extract.entity.NameReconciler;
import org.parallax.model.Article;

/**
 * The entities of a story: the name mentions of every original article (each already linked to its fullest form
 * within the article), then reconciled across articles. Person names that are spelling or transliteration variants
 * of one another ("Antony Blinken", "Anthony Blinken"; "Qin Gang", "Gan") become one entity, different people who
 * share a surname stay apart ({@link NameReconciler}); other names join when their fullest forms are equal up to
 * case, and an acronym joins the one name of the story that it spells out ("NLD", "National League for Democracy").
 * Copies are left out: a reprint is not a second witness.
 */
public final class EntityComparison {

  private EntityComparison() {}

  /** The entities of {@code articles}, those named by the most outlets first, then by the most mentions. */
  public static List<StoryEntity> of(List<Article> articles) {
    List<Article> originals = articles.stream().filter(a -> !a.isCopy()).toList();
    List<List<Mention>> found = new ArrayList<>();
    List<String> people = new ArrayList<>();
    Map<String, String> otherTypes = new LinkedHashMap<>();
    for (Article a : originals) {
      List<Mention> mentions = EntityRecognizer.shipped().find(a.text());
      found.add(mentions);
      for (Mention m : mentions) {
        if (m.type().equals(Mention.PERSON)) {
          people.add(m.canonical());
        } else {
          otherTypes.putIfAbsent(m.canonical(), m.type());
        }
      }
    }
    Map<String, String> person = NameReconciler.reconcile(people);
    Map<String, String> spelledOut = NameReconciler.spelledOut(new ArrayList<>(otherTypes.keySet()));
    Map<String, Group> groups = new LinkedHashMap<>();
    for (int i = 0; i < originals.size(); i++) {
      Article a = originals.get(i);
      for (Mention mention : found.get(i)) {
        String longForm = spelledOut.get(mention.canonical());
        Mention m = longForm == null ? mention : mention.withType(otherTypes.get(longForm)).withCanonical(longForm);
        String key = m.type().equals(Mention.PERSON)
            ? "PERSON " + person.get(m.canonical())
            : m.type() + " " + m.canonical().toLowerCase(Locale.ROOT);
        Group g = groups.computeIfAbsent(key, k -> new Group(m.type().equals(Mention.PERSON)
            ? person.get(m.canonical()) : m.canonical(), m.type()));
        if (!m.role()) {
          g.variants.add(m.text());
        }
        g.variants.add(m.canonical());
        g.outlets.add(a.outlet());
        g.mentions.add(new Occurrence(a.id(), a.outlet(), m.span(), m.text()));
      }
    }
    List<Group> ordered = new ArrayList<>(groups.values());
    ordered.sort(Comparator.comparingInt((Group g) -> -g.outlets.size()).thenComparingInt(g -> -g.mentions.size()));
    List<StoryEntity> entities = new ArrayList<>(ordered.size());
    for (Group g : ordered) {
      entities.add(new StoryEntity("e" + (entities.size() + 1), g.name, g.type, List.copyOf(g.variants),
          List.copyOf(g.outlets), g.mentions));
    }
    return entities;
  }

  /** The name each of {@code names} goes by among {@code entities}: its person entity's name, else itself. */
  public static Map<String, String> personNames(List<StoryEntity> entities, List<String> names) {
    List<String> all = new ArrayList<>();
    Map<String, String> entityOf = new LinkedHashMap<>();
    for (StoryEntity e : entities) {
      if (e.type().equals(Mention.PERSON)) {
        all.add(e.name());
        e.variants().forEach(v -> entityOf.putIfAbsent(v, e.name()));
      }
    }
    all.addAll(names);
    Map<String, String> reconciled = NameReconciler.reconcile(all);
    Map<String, String> out = new LinkedHashMap<>();
    for (String n : names) {
      out.put(n, entityOf.getOrDefault(n, reconciled.getOrDefault(n, n)));
    }
    return out;
  }

  private static final class Group {
    final String name;
    final String type;
    final LinkedHashSet<String> variants = new LinkedHashSet<>();
    final LinkedHashSet<String> outlets = new LinkedHashSet<>();
    final List<Occurrence> mentions = new ArrayList<>();

    Group(String name, String type) {
      this.name = name;
      this.type = type;
    }
  }
}
