package org.parallax.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parallax.extract.entity.EntityCoreference;
import org.parallax.extract.entity.EntityRecognizer;
import org.parallax.extract.entity.Mention;

/**
 * Cross-document entity coreference on ECB+: builds the mentions (gold spans, or the spans the name finder
 * predicts), resolves them into entities per topic with {@link EntityCoreference}, and scores the entities against
 * the gold ones with {@link CorefScores}.
 *
 * <p>Topics are the gold ones (each topic is resolved on its own, as in the standard setup); within a topic the ECB
 * and ECB+ sub-topics are mixed. Every mention counts, singletons included. Predicted mentions are the
 * recognizer's person, organisation and miscellaneous mentions ({@link EntityRecognizer#find}: names, missed
 * surnames, titles and roles) in the scored sentences (ECB+ marks places as locations, not participants) and the
 * third-person personal pronouns there; a predicted mention matches a gold one only when its token span is equal.
 */
public final class CorefEvaluation {

  /** Where the mentions come from. */
  public enum Mentions { GOLD, PREDICTED }

  /** The scores and the counts behind them. */
  public record Result(CorefScores.Result scores, int documents, int topics, int goldMentions, int goldEntities,
      int responseMentions, int responseEntities) {}

  /** A mention for scoring: a token span of one document. */
  record Key(String document, int start, int end) {}

  /**
   * The pronouns taken as predicted mentions: third-person subject, object and reflexive forms. Possessives ("his",
   * "their") and "her" and "it" are left out: ECB+ marks them as participants far less often.
   */
  /** Name types taken as predicted mentions: ECB+ marks places as locations, not participants. */
  private static final Set<String> PARTICIPANT_TYPES = Set.of(Mention.PERSON, Mention.ORGANIZATION, Mention.MISC);

  private static final Set<String> PREDICTED_PRONOUNS = Set.of("he", "him", "himself", "she", "herself", "they",
      "them", "themselves");

  private CorefEvaluation() {}

  /** Resolves and scores {@code documents} with {@code strategy} on {@code mentions}. */
  public static Result evaluate(List<EcbPlusDocument> documents, Mentions mentions,
      EntityCoreference.Strategy strategy, EntityRecognizer recognizer) {
    Objects.requireNonNull(mentions, "mentions");
    Objects.requireNonNull(strategy, "strategy");
    Map<String, List<Key>> gold = new LinkedHashMap<>();
    Map<String, List<EcbPlusDocument>> byTopic = new LinkedHashMap<>();
    for (EcbPlusDocument doc : documents) {
      byTopic.computeIfAbsent(doc.topic(), t -> new ArrayList<>()).add(doc);
      for (EcbPlusDocument.Mention m : doc.mentions()) {
        gold.computeIfAbsent(doc.topic() + "\u0000" + m.entity(), e -> new ArrayList<>())
            .add(new Key(doc.name(), m.start(), m.end()));
      }
    }
    List<List<Key>> response = new ArrayList<>();
    int responseMentions = 0;
    for (List<EcbPlusDocument> topic : byTopic.values()) {
      List<EntityCoreference.Document> prepared = new ArrayList<>();
      for (EcbPlusDocument doc : topic) {
        prepared.add(prepare(doc, mentions, recognizer));
      }
      for (List<EntityCoreference.MentionRef> entity : EntityCoreference.resolve(prepared, strategy)) {
        List<Key> keys = new ArrayList<>();
        for (EntityCoreference.MentionRef ref : entity) {
          EntityCoreference.Document doc = prepared.get(ref.document());
          int[] span = doc.mentions().get(ref.mention());
          keys.add(new Key(doc.id(), span[0], span[1]));
        }
        responseMentions += keys.size();
        response.add(keys);
      }
    }
    int goldMentions = gold.values().stream().mapToInt(List::size).sum();
    return new Result(CorefScores.score(gold.values(), response), documents.size(), byTopic.size(), goldMentions,
        gold.size(), responseMentions, response.size());
  }

  /** The document's text (tokens joined by spaces, one sentence a line), its names and its mention spans. */
  private static EntityCoreference.Document prepare(EcbPlusDocument doc, Mentions mentions,
      EntityRecognizer recognizer) {
    StringBuilder text = new StringBuilder();
    int[] starts = new int[doc.tokens().size()];
    int[] ends = new int[starts.length];
    for (int i = 0; i < starts.length; i++) {
      if (i > 0) {
        text.append(doc.sentences().get(i).equals(doc.sentences().get(i - 1)) ? ' ' : '\n');
      }
      starts[i] = text.length();
      text.append(doc.tokens().get(i));
      ends[i] = text.length();
    }
    String s = text.toString();
    Map<Integer, Integer> tokenAtStart = new HashMap<>();
    Map<Integer, Integer> tokenAtEnd = new HashMap<>();
    for (int i = 0; i < starts.length; i++) {
      tokenAtStart.put(starts[i], i);
      tokenAtEnd.put(ends[i], i);
    }
    List<EntityCoreference.Name> names = new ArrayList<>();
    for (Mention m : recognizer.find(s)) {
      int from = s.offsetByCodePoints(0, m.span().start());
      int to = s.offsetByCodePoints(from, m.span().end() - m.span().start());
      Integer first = tokenAtStart.get(from);
      Integer last = tokenAtEnd.get(to);
      if (first != null && last != null) {
        names.add(new EntityCoreference.Name(first, last + 1, m.type(), m.canonical()));
      }
    }
    List<int[]> spans = new ArrayList<>();
    if (mentions == Mentions.GOLD) {
      for (EcbPlusDocument.Mention m : doc.mentions()) {
        spans.add(new int[] {m.start(), m.end()});
      }
    } else {
      for (EntityCoreference.Name n : names) {
        if (doc.isScored(n.start()) && PARTICIPANT_TYPES.contains(n.type())) {
          spans.add(new int[] {n.start(), n.end()});
        }
      }
      for (int i = 0; i < doc.tokens().size(); i++) {
        if (doc.isScored(i) && PREDICTED_PRONOUNS.contains(doc.tokens().get(i).toLowerCase(Locale.ROOT))) {
          spans.add(new int[] {i, i + 1});
        }
      }
      spans.sort(Comparator.comparingInt((int[] span) -> span[0]));
    }
    return new EntityCoreference.Document(doc.name(), doc.tokens(), doc.sentences(), names, spans);
  }
}
