/**
 * Text primitives shared by every later stage: {@link org.parallax.text.Tokenizer} (words with spans),
 * {@link org.parallax.text.Sentences} (sentence spans) and {@link org.parallax.text.Stopwords}. Depends only on
 * {@code org.parallax.model}.
 */
package org.parallax.text;
