/**
 * Views of what Parallax knows, shared by the command line and the server: a story report as an HTML page
 * ({@link org.parallax.view.ReportHtml}) and JSON for machines ({@link org.parallax.view.JsonView}). Article text is
 * untrusted: every view escapes it. Depends on the core's model only.
 */
package org.parallax.view;
