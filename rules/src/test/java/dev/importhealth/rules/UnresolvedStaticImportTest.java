package dev.importhealth.rules;

import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnresolvedStaticImportTest {

  private final RuleTester tester = RuleTester.of(new UnresolvedStaticImport())
      .addSource("com/acme/config/Limits.java", """
          package com.acme.config;
          public class Limits extends BaseLimits implements Defaults {
            public static final int MAX_SIZE = 10;
            public static int clamp(int value) { return Math.min(value, MAX_SIZE); }
            public static int clamp(int value, int max) { return Math.min(value, max); }
            public static class Window {
              public static final int WIDTH = 3;
            }
          }
          """)
      .addSource("com/acme/config/BaseLimits.java", """
          package com.acme.config;
          public class BaseLimits {
            public static final int MIN_SIZE = 1;
            public static boolean strict() { return true; }
          }
          """)
      .addSource("com/acme/config/Defaults.java", """
          package com.acme.config;
          public interface Defaults {
            String NAME = "default";
            interface Keys { String TIMEOUT = "timeout"; }
          }
          """)
      .addSource("com/acme/config/Level.java", """
          package com.acme.config;
          public enum Level {
            LOW, HIGH;
            public static Level fallback() { return LOW; }
          }
          """);

  @Test
  void flagsMissingStaticMemberAndSuggestsCloseNames() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        // FINDING: Static import 'com.acme.config.Limits.MAX_SIZ' cannot be resolved: type 'com.acme.config.Limits' has no static member 'MAX_SIZ'. Did you mean 'MAX_SIZE'?
        import static com.acme.config.Limits.MAX_SIZ;
        // FINDING: type 'com.acme.config.Limits' has no static member 'clampTo'. Did you mean 'clamp'?
        import static com.acme.config.Limits.clampTo;
        import static com.acme.config.Limits.clamp;
        class App {}
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsMissingEnumConstantsAndMemberTypes() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        // FINDING: type 'com.acme.config.Level' has no static member 'MEDIUM'
        import static com.acme.config.Level.MEDIUM;
        // FINDING: type 'com.acme.config.Limits' has no static member 'Windows'. Did you mean 'Window'?
        import static com.acme.config.Limits.Windows;
        // FINDING: type 'com.acme.config.Defaults.Keys' has no static member 'TIMEOUTS'. Did you mean 'TIMEOUT'?
        import static com.acme.config.Defaults.Keys.TIMEOUTS;
        class App {}
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsMissingMembersOfJdkTypes() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        // FINDING: type 'java.lang.Math' has no static member 'maxx'. Did you mean 'max'?
        import static java.lang.Math.maxx;
        // FINDING: type 'java.util.concurrent.TimeUnit' has no static member 'SECOND'. Did you mean 'SECONDS'?
        import static java.util.concurrent.TimeUnit.SECOND;
        // FINDING: type 'java.util.Map.Entry' has no static member 'comparingByKeys'. Did you mean 'comparingByKey'?
        import static java.util.Map.Entry.comparingByKeys;
        class App {}
        """).expectFindingsAsMarked();
  }

  @Test
  void ignoresStaticImportsThatResolve() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import static com.acme.config.Level.HIGH;
        import static com.acme.config.Level.fallback;
        import static com.acme.config.Level.valueOf;
        import static com.acme.config.Level.values;
        import static com.acme.config.Limits.MAX_SIZE;
        import static com.acme.config.Limits.Window;
        import static com.acme.config.Limits.Window.WIDTH;
        import static com.acme.config.Limits.clamp;
        import static com.acme.config.Defaults.Keys;
        import static java.lang.Math.max;
        import static java.lang.Thread.State.NEW;
        import static java.util.Map.Entry.comparingByKey;
        import static java.util.concurrent.TimeUnit.SECONDS;
        class App {
          int run() {
            return clamp(MAX_SIZE) + clamp(1, 2) + WIDTH + max(1, 2) + HIGH.ordinal() + fallback().ordinal()
                + valueOf("LOW").ordinal() + values().length + Keys.TIMEOUT.length() + NEW.ordinal() + SECONDS.ordinal()
                + comparingByKey().hashCode() + new Window().hashCode();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresStaticMembersInheritedFromSuperclassesAndInterfaces() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import static com.acme.config.Limits.MIN_SIZE;
        import static com.acme.config.Limits.NAME;
        import static com.acme.config.Limits.strict;
        import static com.acme.config.Limits.Keys;
        class App {
          String run() {
            return strict() ? NAME + MIN_SIZE + Keys.TIMEOUT : "";
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresStaticImportsOnDemand() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import static com.acme.config.Limits.*;
        import static java.lang.Math.*;
        class App {
          double run() {
            return clamp(MAX_SIZE) + abs(-PI) + MIN_SIZE;
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresRecordAndEnumStaticMembers() {
    tester.addSource("com/acme/model/Range.java", """
        package com.acme.model;
        public record Range(int from, int to) {
          public static final Range EMPTY = new Range(0, 0);
          public static Range of(int from, int to) { return new Range(from, to); }
          public enum Kind { OPEN, CLOSED }
        }
        """).addSource("com/acme/App.java", """
        package com.acme;
        import static com.acme.model.Range.EMPTY;
        import static com.acme.model.Range.Kind;
        import static com.acme.model.Range.Kind.OPEN;
        import static com.acme.model.Range.of;
        class App {
          int run() {
            Kind kind = OPEN;
            return of(1, 2).to() + EMPTY.from() + kind.ordinal();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresStaticMembersOfLombokClasses() {
    // javac resolves static imports before Lombok runs, so only declared members can be imported
    tester.addSource("com/acme/model/Customer.java", """
        package com.acme.model;
        import lombok.Builder;
        @Builder
        public class Customer {
          public static final String DEFAULT_NAME = "anonymous";
          private String name;
          public static Customer anonymous() { return builder().name(DEFAULT_NAME).build(); }
        }
        """).addSource("com/acme/App.java", """
        package com.acme;
        import static com.acme.model.Customer.DEFAULT_NAME;
        import static com.acme.model.Customer.anonymous;
        class App {
          Object run() {
            return DEFAULT_NAME + anonymous();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresTypesWithUnknownSupertypes() {
    tester.addSource("com/acme/web/Settings.java", """
        package com.acme.web;
        public class Settings extends org.springframework.Foo {
          public static final int PORT = 8080;
        }
        """).addSource("com/acme/App.java", """
        package com.acme;
        import static com.acme.web.Settings.Callback;
        import static com.acme.web.Settings.Nested;
        import static com.acme.web.Settings.PORT;
        class App {
          Nested nested;
          Callback callback;
          int port = PORT;
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresMembersOfTypesOutsideTheKnownNamespaces() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import static org.junit.jupiter.api.Assertions.assertEquals;
        import static org.springframework.Foo.Nested;
        class App {}
        """).expectNoFindings();
  }

  @Test
  void leavesAMissingHolderTypeToIh101() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import static com.acme.config.Limitz.MAX_SIZE;
        class App {}
        """).expectNoFindings();
  }
}
