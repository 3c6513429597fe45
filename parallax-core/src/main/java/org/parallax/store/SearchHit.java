package org.parallax.store;

import java.util.List;
import org.parallax.model.Span;

/**
 * One search result: the article, its BM25 score, and a snippet of its text with the matched words' spans
 * (code points of the snippet).
 */
public record SearchHit(String id, String outlet, String title, String published, String story, float score,
    String snippet, List<Span> highlights) {}
