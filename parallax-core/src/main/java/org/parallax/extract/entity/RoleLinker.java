package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Span;
import org.parallax.text.Stopwords;

/**
 * Titles and roles as mentions of the person they stand for, within one article. The article itself says which
 * role word belongs to whom: the word just before a person's full name ("spokesperson" in "State Department
 * spokesperson Matthew Miller", also across a comma), or the word before "of" there ("Secretary" in "Secretary of
 * State Antony Blinken"). A later definite description ending in that word ("the spokesperson", "the Chinese
 * foreign minister") becomes a mention of the person, when the word belongs to exactly one person of the article
 * and the description is not itself the title in front of a name. No list of titles is involved.
 */
final class RoleLinker {

  /** At most this many modifiers between "the" and the role word. */
  private static final int MAX_MODIFIERS = 3;

  private RoleLinker() {}

  /**
   * {@code mentions} (linked names of {@code text}, spans in code points, text order) with the role mentions added,
   * in text order. {@code sentences} holds each sentence's tokens, spans in {@code String} indexes.
   */
  static List<Mention> link(String text, List<List<NerTokenizer.Token>> sentences, List<Mention> mentions) {
    if (mentions.stream().noneMatch(m -> m.type().equals(Mention.PERSON) && Names.words(m.text()).size() > 1)) {
      return mentions;
    }
    boolean sameIndexes = text.length() == text.codePointCount(0, text.length());
    List<Span> spans = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      spans.add(sameIndexes ? m.span() : Names.toIndexes(text, m.span()));
    }
    Map<Integer, Integer> mentionAt = new HashMap<>();
    for (int i = 0; i < spans.size(); i++) {
      mentionAt.put(spans.get(i).start(), i);
    }
    // Role word -> the canonical names of the persons it stands before, and where each was first seen.
    Map<String, Set<String>> roles = new HashMap<>();
    Map<String, Integer> firstSeen = new HashMap<>();
    for (List<NerTokenizer.Token> tokens : sentences) {
      for (int k = 1; k < tokens.size(); k++) {
        Integer at = mentionAt.get(tokens.get(k).span().start());
        if (at == null || !mentions.get(at).type().equals(Mention.PERSON)
            || Names.words(mentions.get(at).text()).size() < 2) {
          continue;
        }
        String role = roleBefore(tokens, k);
        if (role != null) {
          roles.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(mentions.get(at).canonical());
          firstSeen.merge(role, tokens.get(k).span().start(), Math::min);
        }
      }
    }
    if (roles.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions);
    for (List<NerTokenizer.Token> tokens : sentences) {
      for (int i = 0; i < tokens.size(); i++) {
        if (!tokens.get(i).form().equalsIgnoreCase("the")) {
          continue;
        }
        for (int j = i + 1; j < tokens.size() && j <= i + MAX_MODIFIERS + 1; j++) {
          String word = tokens.get(j).form();
          String lower = word.toLowerCase(Locale.ROOT);
          Set<String> persons = roles.get(lower);
          if (persons != null) {
            Span chars = new Span(tokens.get(i).span().start(), tokens.get(j).span().end());
            if (persons.size() == 1 && firstSeen.get(lower) < chars.start() && !beforeName(tokens, j, mentionAt,
                mentions) && fits(chars, spans, mentions)) {
              out.add(new Mention(sameIndexes ? chars : chars.toCodePoints(text), chars.of(text), Mention.PERSON,
                  persons.iterator().next(), true));
            }
            break;
          }
          if (!isWord(word)) {
            break;
          }
        }
      }
    }
    out.sort(Comparator.comparing(Mention::span));
    return out;
  }

  /** The role word in front of the name at token {@code k}, or null. */
  private static String roleBefore(List<NerTokenizer.Token> tokens, int k) {
    int j = k - 1;
    if (tokens.get(j).form().equals(",") && j > 0) {
      j--;
    }
    if (j >= 2 && tokens.get(j - 1).form().equals("of")) {
      j -= 2;
    }
    String word = tokens.get(j).form();
    return isWord(word) ? word.toLowerCase(Locale.ROOT) : null;
  }

  /** A word of letters that is not a function word. */
  private static boolean isWord(String word) {
    return word.codePoints().allMatch(Character::isLetter) && !Stopwords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a person's name follows within three tokens of {@code j}: the title of a name, not a reference. */
  private static boolean beforeName(List<NerTokenizer.Token> tokens, int j, Map<Integer, Integer> mentionAt,
      List<Mention> mentions) {
    for (int k = j + 1; k < tokens.size() && k <= j + 3; k++) {
      Integer at = mentionAt.get(tokens.get(k).span().start());
      if (at != null && mentions.get(at).type().equals(Mention.PERSON)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code chars} may become a mention: it crosses no name and holds no person's name. */
  private static boolean fits(Span chars, List<Span> spans, List<Mention> mentions) {
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      if (s.overlaps(chars) && (!chars.contains(s) || mentions.get(i).type().equals(Mention.PERSON))) {
        return false;
      }
    }
    return true;
  }
}
