/**
 * The values every stage passes on: {@link org.parallax.model.Article}, {@link org.parallax.model.Span} and
 * {@link org.parallax.model.Provenance}. Immutable records; this package depends on nothing else in Parallax.
 */
package org.parallax.model;
