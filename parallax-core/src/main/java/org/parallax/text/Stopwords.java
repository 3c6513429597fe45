package org.parallax.text;

import java.util.Set;

/** English function words, which carry no topic and make no passage shared by themselves. */
public final class Stopwords {

  private static final Set<String> WORDS = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
      "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
      "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
      "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
      "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
      "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
      "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
      "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
      "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "said",
      "says", "say", "told", "mr", "mrs", "ms", "according", "s", "t", "it's", "he's", "she's", "that's", "one", "two",
      "new", "us", "may", "might", "must", "shall", "get", "got", "like", "many", "much", "even", "still", "yet",
      "since", "though", "although", "however", "whether", "within", "without", "among", "across", "around", "per",
      "via", "upon", "onto", "amid", "don't", "didn't", "isn't", "wasn't", "won't", "can't", "year", "years", "time",
      "day", "week", "last", "first", "make", "made");

  private Stopwords() {}

  public static boolean contains(String normalisedWord) {
    return WORDS.contains(normalisedWord);
  }
}
