package org.parallax.extract.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.parallax.TestData;

/** {@link RuleIndex} may leave a rule out only where it cannot match. */
class RuleIndexTest {

  private static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(CalendarRules.rules());
    rules.addAll(RelativeRules.rules());
    rules.addAll(QuantityRules.rules());
    return rules;
  }

  @Test
  void rulesLookBehindOnlyAtTheirStart() {
    // a prefix probed alone stands for the text only if nothing after the start looks before it
    for (Rule rule : rules()) {
      String source = rule.pattern().pattern();
      String inner = source.substring(source.indexOf("(?:"), source.lastIndexOf(")(?!"));
      for (String construct : List.of("(?<=", "(?<!", "\\b", "\\B", "^", "$", "\\G", "\\A", "\\z", "\\Z")) {
        assertFalse(inner.contains(construct), () -> "rule " + rule.name() + " uses " + construct);
      }
    }
  }

  @Test
  void everyRuleMatchIsWhereTheIndexSendsIt() throws IOException {
    List<String> texts = new ArrayList<>(List.of(TaggerTest.PHRASES, TaggerTest.PHRASES.toUpperCase(Locale.ROOT)));
    texts.add(TestData.read("al-mayadeen.txt"));
    texts.add(TestData.read("second-outlet.txt"));
    Tagger tagger = Tagger.english();
    for (int pass = 0; pass < 2; pass++) { // the second pass reads what the first remembered
      for (String text : texts) {
        for (Rule rule : rules()) {
          Matcher m = rule.pattern().matcher(text);
          while (m.find()) {
            int at = m.start();
            assertTrue(tagger.tries(rule.name(), text, at), () -> "rule " + rule.name() + " matched '" + m.group()
                + "' at " + at + ", where the index does not try it");
          }
        }
      }
    }
  }
}
