package org.parallax.store;

import java.time.LocalDate;

/** What listing an article needs, without its text: read from the store far faster than whole articles. */
public record ArticleHeader(String id, String outlet, String title, LocalDate published, String story,
    String copyOf) {}
