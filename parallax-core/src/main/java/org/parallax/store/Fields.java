package org.parallax.store;

/** Names of the Lucene fields of an article document and of a story merge document. */
final class Fields {
  static final String ID = "id";
  static final String FINGERPRINT = "fingerprint";
  static final String CONTENT = "content";
  static final String OUTLET = "outlet";
  static final String URL = "url";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_DAY = "published_day";
  static final String PUBLISHED_AT = "published_at";
  static final String SEQ = "seq";
  static final String COPY_OF = "copy_of";
  static final String STORY = "story";
  static final String LSH = "lsh";
  static final String MINHASH = "minhash";
  static final String EMBEDDING = "embedding";
  static final String LOCATION = "location";
  static final String FORMAT = "format";
  static final String CHARSET = "charset";
  static final String CHARSET_SOURCE = "charset_source";
  // A story merge is a document of its own, without an id or seq: article queries ask for seq.
  static final String MERGE_SURVIVOR = "merge_survivor";
  static final String MERGE_ABSORBED = "merge_absorbed";
  static final String MERGE_ARTICLE = "merge_article";
  static final String MERGE_SCORE = "merge_score";
  static final String MERGE_SEQ = "merge_seq";
  // So is a story split, with one stored value per article that moved.
  static final String SPLIT_STORY = "split_story";
  static final String SPLIT_NEW = "split_new";
  static final String SPLIT_ARTICLE = "split_article";
  static final String SPLIT_REASON = "split_reason";
  static final String SPLIT_SEQ = "split_seq";

  private Fields() {}
}
