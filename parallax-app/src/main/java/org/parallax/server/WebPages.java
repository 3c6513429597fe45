package org.parallax.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.parallax.Parallax;
import org.parallax.compare.StoryReport;
import org.parallax.model.Story;
import org.parallax.view.ReportHtml;

/**
 * The web pages: the stories, most outlets first, and each story's report. Article text is escaped, and a content
 * policy forbids scripts and any outside resource, so a hostile article cannot run code in the reader's browser.
 */
final class WebPages {

  private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
  private static final int SHOWN = 200;

  private final StoreAccess store;

  WebPages(StoreAccess store) {
    this.store = store;
  }

  void register(Javalin app) {
    app.get("/", this::stories);
    app.get("/stories/{id}", this::story);
  }

  private void stories(Context ctx) throws Exception {
    List<Story> stories = store.read(Parallax::stories);
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Parallax: stories</title><style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;"
        + "margin:2rem auto;padding:0 1rem}li{margin:.4rem 0}.meta{color:#777;font-size:13px}</style></head><body>\n"
        + "<h1>Stories</h1>\n<p class=\"meta\">").append(stories.size()).append(" stories, those covered by the most "
        + "outlets first.</p>\n<ol>\n");
    for (Story s : stories.subList(0, Math.min(SHOWN, stories.size()))) {
      sb.append("<li><a href=\"/stories/").append(ReportHtml.escape(urlPart(s.id()))).append("\">")
          .append(ReportHtml.escape(s.title())).append("</a> <span class=\"meta\">").append(s.articles().size())
          .append(" articles, ").append(s.outlets().size()).append(" outlets: ")
          .append(ReportHtml.escape(String.join(", ", s.outlets().subList(0, Math.min(8, s.outlets().size())))))
          .append("</span></li>\n");
    }
    page(ctx, sb.append("</ol></body></html>\n").toString());
  }

  private void story(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    Optional<StoryReport> report = store.read(p -> p.report(id));
    if (report.isEmpty()) {
      ctx.status(404).attribute(ParallaxServer.ANSWERED, Boolean.TRUE);
      page(ctx, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>No such story</title>"
          + "</head><body><p>No story '" + ReportHtml.escape(id) + "'. <a href=\"/\">All stories</a></p></body>"
          + "</html>\n");
      return;
    }
    page(ctx, ReportHtml.render(report.get()));
  }

  private static String urlPart(String id) {
    return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static void page(Context ctx, String html) {
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType("text/html; charset=utf-8").result(html);
  }
}
