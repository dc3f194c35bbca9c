package dev.importhealth.rules;

import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class EnumSourceUnknownConstantTest {

  private static final String COLOR = """
      package com.acme;

      public enum Color { RED, GREEN, BLUE, YELLOW }
      """;

  private static final String TEST = """
      package com.acme;

      import org.junit.jupiter.params.ParameterizedTest;
      import org.junit.jupiter.params.provider.EnumSource;
      import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;
      import static org.junit.jupiter.params.provider.EnumSource.Mode.MATCH_ANY;

      class ColorTest {
        @ParameterizedTest
        // FINDING: 'GREAN' is not a constant of enum com.acme.Color: at run time JUnit fails with "Invalid enum constant name(s) in @EnumSource(...). Valid names include: [RED, GREEN, BLUE, YELLOW]". Name a constant of the enum exactly as declared. Did you mean 'GREEN'?
        @EnumSource(value = Color.class, names = {"RED", "GREAN"})
        void include(Color color) {}

        @ParameterizedTest
        // FINDING: 'Blue' is not a constant of enum com.acme.Color
        @EnumSource(names = "Blue", mode = EXCLUDE)
        void excludeWithTheParameterType(Color color) {}

        @ParameterizedTest
        // FINDING: 'RED' is listed twice: at run time JUnit fails with "Duplicate enum constant name(s) found
        @EnumSource(value = Color.class, names = {"RED", "RED"})
        void duplicate(Color color) {}

        @ParameterizedTest
        // FINDING: '[' is not a valid regular expression for mode MATCH_ANY
        @EnumSource(value = Color.class, names = {"R.*", "["}, mode = MATCH_ANY)
        void badRegex(Color color) {}

        @ParameterizedTest
        @EnumSource(value = Color.class, names = {"NOTHING_MATCHES.*"}, mode = MATCH_ANY)
        void regexMatchingNothingIsNoError(Color color) {}

        @ParameterizedTest
        @EnumSource(value = Color.class, names = {"RED", "BLUE"}, mode = EXCLUDE)
        void valid(Color color) {}

        @ParameterizedTest
        @EnumSource(Color.class)
        void all(Color color) {}

        // not a parameterized test: JUnit never reads the annotation
        @EnumSource(value = Color.class, names = "PURPLE")
        void notATest(Color color) {}

        @ParameterizedTest
        @EnumSource(value = Color.class, names = Names.UNKNOWN_HERE)
        void constantFromElsewhere(Color color) {}
      }
      """;

  private static final String RANGE = """
      package com.acme;

      import org.junit.jupiter.params.ParameterizedTest;
      import org.junit.jupiter.params.provider.EnumSource;

      class RangeTest {
        @ParameterizedTest
        // FINDING: 'RED' lies outside the range given by 'from' and 'to': at run time JUnit fails with "Invalid enum constant name(s) in @EnumSource(...). Valid names include: [GREEN, BLUE]"
        @EnumSource(value = Color.class, from = "GREEN", to = "BLUE", names = "RED")
        void outside(Color color) {}

        @ParameterizedTest
        // FINDING: "No enum constant com.acme.Color.PINK"
        @EnumSource(value = Color.class, from = "PINK")
        void unknownFrom(Color color) {}

        @ParameterizedTest
        // FINDING: "Invalid enum range: 'from' (BLUE) must come before 'to' (RED)
        @EnumSource(value = Color.class, from = "BLUE", to = "RED")
        void reversed(Color color) {}

        @ParameterizedTest
        @EnumSource(value = Color.class, from = "GREEN", names = "YELLOW")
        void inside(Color color) {}
      }
      """;

  @Test
  void flagsNamesTheEnumDoesNotHave() {
    RuleTester.of(new EnumSourceUnknownConstant()).withTestFrameworks()
        .addSource("com/acme/Color.java", COLOR).addSource("com/acme/ColorTest.java", TEST)
        .expectFindingsAsMarked();
  }

  @Test
  void flagsTheSameFromImportsAlone() {
    RuleTester.of(new EnumSourceUnknownConstant())
        .addSource("com/acme/Color.java", COLOR).addSource("com/acme/ColorTest.java", TEST)
        .expectFindingsAsMarked();
  }

  @Test
  void judgesNamesWithinFromAndTo() {
    RuleTester.of(new EnumSourceUnknownConstant()).withTestFrameworks()
        .addSource("com/acme/Color.java", COLOR).addSource("com/acme/RangeTest.java", RANGE)
        .expectFindingsAsMarked();
  }

  @Test
  void ignoresEnumsWhoseConstantsAreNotKnown() {
    RuleTester.of(new EnumSourceUnknownConstant()).withTestFrameworks()
        .addSource("com/acme/LombokTest.java", """
            package com.acme;

            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.EnumSource;
            import com.elsewhere.Shade;

            class LombokTest {
              @ParameterizedTest
              @EnumSource(value = Shade.class, names = "ANYTHING")
              void unknownEnum(Shade shade) {}

              @ParameterizedTest
              @EnumSource(names = "X")
              void notAnEnumParameter(String text) {}
            }
            """)
        .expectNoFindings();
  }
}
