/**
 * The HTTP API and web pages of {@code parallax serve}: {@link org.parallax.server.ParallaxServer} over one open
 * store, with the limits in {@link org.parallax.server.ServerOptions}. Routes: {@code POST /api/articles} (ingest,
 * answered after commit), {@code GET /api/health}, {@code /api/stories}, {@code /api/stories/{id}},
 * {@code /api/articles/{id}}, {@code /api/search?q=}; pages {@code /} and {@code /stories/{id}}. Depends on the
 * core and the views; the core does not depend on it.
 */
package org.parallax.server;
