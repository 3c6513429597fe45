package org.parallax.cli;

import java.io.PrintWriter;
import org.parallax.view.JsonView;

/** JSON output for {@code --json}: records as objects, dates as ISO strings, pretty-printed. */
final class Json {

  private Json() {}

  static void print(PrintWriter out, Object value) {
    out.println(JsonView.write(value));
  }
}
