package org.parallax.extract.entity;

import java.util.List;

/**
 * The tokenised sentences of the document being tagged or trained on, for feature generators that read beyond the
 * sentence ({@link ContextAggregationFeatureFactory}).
 *
 * <p>OpenNLP's feature generators see one sentence at a time, so the document reaches them through the calling
 * thread: {@link EntityRecognizer} sets the document it tags (each thread tags with its own finder, whose generators
 * are its own), and {@link NerTrainer} sets each training sentence's document as OpenNLP reads the sentence, which
 * it does on the thread that trains. Immutable.
 */
final class DocumentContext {

  private static final ThreadLocal<DocumentContext> CURRENT = new ThreadLocal<>();

  private final List<String[]> sentences;

  private DocumentContext(List<String[]> sentences) {
    this.sentences = sentences;
  }

  /** The document of {@code sentences}, copied. */
  static DocumentContext of(List<String[]> sentences) {
    return new DocumentContext(sentences.stream().map(String[]::clone).toList());
  }

  /** The sentences, in document order; callers must not change the arrays. */
  List<String[]> sentences() {
    return sentences;
  }

  /** The document the calling thread tags or trains on now; null when none is set. */
  static DocumentContext current() {
    return CURRENT.get();
  }

  /** Makes {@code context} the calling thread's document; null clears it. */
  static void set(DocumentContext context) {
    if (context == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(context);
    }
  }
}
