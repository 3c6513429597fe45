package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureReaderTest {

  private static Figure f(Figure.Kind kind, double value) {
    return new Figure(kind, value);
  }

  @Test
  void magnitudesAreReadWrittenEveryWay() {
    assertEquals(Set.of(f(Figure.Kind.MAGNITUDE, 5.6)), FigureReader.read("A 5.6-magnitude earthquake struck."));
    assertEquals(Set.of(f(Figure.Kind.MAGNITUDE, 5.9)),
        FigureReader.read("An earthquake with a magnitude of at least 5.9 hit southern Iran."));
    assertEquals(Set.of(f(Figure.Kind.MAGNITUDE, 5.2)), FigureReader.read("A magnitude-5.2 quake hit."));
    assertEquals(Set.of(f(Figure.Kind.MAGNITUDE, 6.1)),
        FigureReader.read("An earthquake measuring 6.1 on the Richter scale."));
    assertEquals(Set.of(f(Figure.Kind.MAGNITUDE, 5.9)), FigureReader.read("The 5. 9 - magnitude quake struck."),
        "a decimal split by tokenisation");
  }

  @Test
  void agesTollsPercentagesAndMoney() {
    assertEquals(Set.of(f(Figure.Kind.AGE, 31)), FigureReader.read("The 31-year-old actress was arrested."));
    assertEquals(Set.of(f(Figure.Kind.AGE, 24)), FigureReader.read("The suspect, aged 24, was charged."));
    assertEquals(Set.of(f(Figure.Kind.DEAD, 10), f(Figure.Kind.INJURED, 50)),
        FigureReader.read("Ten people were killed and at least 50 injured."));
    assertEquals(Set.of(f(Figure.Kind.DEAD, 12)), FigureReader.read("The death toll rose to 12 on Monday."));
    assertEquals(Set.of(f(Figure.Kind.DEAD, 10), f(Figure.Kind.MAGNITUDE, 5.6)),
        FigureReader.read("The death toll from the 5.6-magnitude quake that hit the island rose to 10."));
    assertEquals(Set.of(f(Figure.Kind.DEAD, 3)), FigureReader.read("The blast killed at least three people."));
    assertEquals(Set.of(f(Figure.Kind.PERCENT, 90)), FigureReader.read("Turnout was 90 per cent."));
    assertEquals(Set.of(f(Figure.Kind.MONEY, 2_500_000)), FigureReader.read("A deal worth $2.5 million."));
  }

  @Test
  void otherCountsKeepTheirNounAndMoneyItsMultiplier() {
    assertEquals(Set.of(new Figure(Figure.Kind.COUNT, "pirate", 23)),
        FigureReader.read("The navy captured 23 pirates on Saturday."));
    assertEquals(Set.of(f(Figure.Kind.MONEY, 137_000_000)), FigureReader.read("Robbers took $137-million of gems."));
    assertEquals(Set.of(f(Figure.Kind.MONEY, 85_000_000)), FigureReader.read("Gems worth 85 million euros."));
    assertEquals(Set.of(f(Figure.Kind.MONEY, 2_500_000)), FigureReader.read("Thieves nab $2. 5 million of jewels."));
  }

  @Test
  void aFigureWithoutAHeadNounIsNotRead() {
    assertEquals(Set.of(), FigureReader.read("He lived at 5.6 Main Street from 2013, at 7:30 on 12 June."));
    assertEquals(Set.of(), FigureReader.read("He was killed 12 years ago."));
  }
}
