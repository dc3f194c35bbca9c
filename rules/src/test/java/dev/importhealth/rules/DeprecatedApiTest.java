package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Severity;
import dev.importhealth.rules.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeprecatedApiTest {

  private static RuleTester tester() {
    return RuleTester.of(new DeprecatedApi())
        .addSource("com/acme/old/Old.java", """
            package com.acme.old;
            /** @deprecated use {@link com.acme.Fresh} instead */
            @Deprecated
            public class Old {
              public static final int LIMIT = 3;
              public static void run() {}
              public static class Inner { public static int depth = 1; }
            }
            """)
        .addSource("com/acme/Fresh.java", """
            package com.acme;
            public class Fresh {}
            """)
        .addSource("com/acme/Gone.java", """
            package com.acme;
            @Deprecated(since = "2", forRemoval = true)
            public @interface Gone {}
            """)
        .addSource("com/acme/auth/AuthService.java", """
            package com.acme.auth;
            import java.util.List;
            public class AuthService {
              /**
               * Checks a token.
               * @deprecated use {@link #verifyToken(String)}
               */
              @Deprecated
              public boolean validateToken(String token) { return true; }
              public boolean verifyToken(String token) { return true; }

              /** @deprecated Replaced by {@link TokenStore#read(String)}. */
              @Deprecated(forRemoval = true)
              public static String readToken(String key) { return key; }

              /** @deprecated Use {@link List} directly. */
              @Deprecated
              public static final int LIMIT = 3;
              public static final int MAX = 5;

              /** @deprecated Will be removed in 4.0. */
              @Deprecated
              public AuthService(int legacy) {}
              public AuthService() {}

              public void log(String message) {}
              @Deprecated
              public void log(String message, Object... args) {}

              @Deprecated
              public void flush(int level) {}
              @Deprecated
              public void flush(long level) {}
            }
            """)
        .addSource("com/acme/auth/TokenStore.java", """
            package com.acme.auth;
            public class TokenStore {
              public static String read(String key) { return key; }
            }
            """)
        .addSource("com/acme/Color.java", """
            package com.acme;
            public enum Color {
              RED,
              /** @deprecated use {@link #RED} */
              @Deprecated CRIMSON,
              BLUE
            }
            """);
  }

  @Test
  void flagsUsesOfADeprecatedType() {
    tester().addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.old.Old;
        import java.util.List;
        import java.util.function.Supplier;
        // FINDING: 'com.acme.old.Old' is deprecated; use 'com.acme.Fresh' instead.
        class App extends Old {
          // FINDING: 'com.acme.old.Old' is deprecated
          Old field;
          // FINDING: 'com.acme.old.Old' is deprecated
          List<Old> list;
          // FINDING: 'com.acme.old.Old' is deprecated
          Old.Inner inner;
          // FINDING: 'com.acme.old.Old' is deprecated
          Supplier<Object> make = Old::new;
          void run() {
            // FINDING: 'com.acme.old.Old' is deprecated
            Old.run();
            // FINDING: 'com.acme.old.Old' is deprecated
            int limit = Old.LIMIT + com.acme.old.Old.LIMIT;
            // FINDING: 'com.acme.old.Old' is deprecated
            Object o = new Old();
            // FINDING: 'com.acme.old.Old' is deprecated
            boolean b = o instanceof Old;
            // FINDING: 'com.acme.old.Old' is deprecated
            Runnable r = Old::run;
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsDeprecatedMembersWithTheJavadocReplacement() {
    AnalysisOutcome outcome = new AnalysisOutcome(tester().addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.auth.AuthService;
        import static com.acme.auth.AuthService.LIMIT;
        class App {
          boolean check(AuthService auth) {
            // FINDING: 'com.acme.auth.AuthService#validateToken(String)' is deprecated; use 'com.acme.auth.AuthService#verifyToken(String)' instead.
            boolean ok = auth.validateToken("t");
            // FINDING: 'com.acme.auth.AuthService#readToken(String)' is deprecated for removal; use 'com.acme.auth.TokenStore#read(String)' instead.
            String token = AuthService.readToken("k");
            // FINDING: 'com.acme.auth.AuthService#LIMIT' is deprecated; use 'java.util.List' instead.
            int limit = LIMIT + AuthService.MAX;
            // FINDING: 'com.acme.auth.AuthService#AuthService(int)' is deprecated (will be removed in 4.0).
            AuthService legacy = new AuthService(1);
            AuthService fresh = new AuthService();
            // FINDING: 'com.acme.Color#CRIMSON' is deprecated; use 'com.acme.Color#RED' instead.
            Color color = Color.CRIMSON;
            switch (color) {
              case CRIMSON: return false;
              default: return ok;
            }
          }
        }
        """).expectFindingsAsMarked().findings());
    assertThat(outcome.severityOf("readToken")).isEqualTo(Severity.ERROR);
    assertThat(outcome.severityOf("validateToken")).isEqualTo(Severity.WARNING);
    assertThat(outcome.suggestionsOf("validateToken")).containsExactly("com.acme.auth.AuthService#verifyToken(String)");
    assertThat(outcome.suggestionsOf("AuthService(int)")).isEmpty();
  }

  @Test
  void flagsAnnotationsConstructorsAndSuperCallsAtTheirLevel() {
    AnalysisOutcome outcome = new AnalysisOutcome(tester().addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.auth.AuthService;
        // FINDING: 'com.acme.Gone' is deprecated for removal.
        @Gone
        class App extends AuthService {
          App() {
            // FINDING: 'com.acme.auth.AuthService#AuthService(int)' is deprecated
            super(2);
          }
          void run(AuthService auth) {
            // FINDING: 'com.acme.auth.AuthService#log(String, Object...)' is deprecated.
            auth.log("a", 1);
            auth.log("a");
            // FINDING: 'com.acme.auth.AuthService#flush' is deprecated.
            auth.flush(1);
          }
          void sub(Sub sub) {
            // FINDING: 'com.acme.Sub#log(String, Object...)' is deprecated.
            sub.log("a", 2);
          }
        }
        """).addSource("com/acme/Sub.java", """
        package com.acme;
        class Sub extends com.acme.auth.AuthService {
          @Deprecated @Override public void log(String message, Object... args) {}
        }
        """).expectFindingsAsMarked().findings());
    assertThat(outcome.severityOf("Gone")).isEqualTo(Severity.ERROR);
    assertThat(outcome.severityOf("flush")).isEqualTo(Severity.WARNING);
  }

  @Test
  void theConfiguredLevelWinsOverRemoval() {
    List<Finding> findings = tester().withConfig("rules:\n  IH202: note\n").addSource("com/acme/App.java", """
        package com.acme;
        @Gone
        class App {
          String token = com.acme.auth.AuthService.readToken("k");
        }
        """).run().findings();
    assertThat(findings).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.NOTE));
  }

  @Test
  void readsTheReplacementFromTheJavadocTag() {
    RuleTester.of(new DeprecatedApi())
        .addSource("com/acme/api/Api.java", """
            package com.acme.api;
            import com.acme.impl.Engine;
            import java.util.*;
            public class Api {
              /** @deprecated Use {@link Engine#start()} instead. */
              public static void plainJavadoc() {}
              /** @deprecated this method has been replaced by {@code java.util.Objects.equals(Object, Object)}. */
              @Deprecated public static void code() {}
              /** @deprecated use Engine#stop() instead */
              @Deprecated public static void text() {}
              /** @deprecated Use {@link #a()}, {@link #b()}, or {@link Engine}. */
              @Deprecated public static void choice() {}
              /** @deprecated Will be private in 4.0.0. */
              @Deprecated public static void reason() {}
              /**
               * @deprecated As of 3.6, the class moved to a sibling project whose documentation is at some address that
               *     is far too long to quote in one finding.
               */
              @Deprecated public static void longReason() {}
              /** @deprecated Use a {@link Nested}. */
              @Deprecated public static void nested() {}
              /** @deprecated Use {@link Collection}. */
              @Deprecated public static void onDemand() {}
              /** @deprecated Use {@link Engine#start() Engine.MAIN.start()}. */
              @Deprecated public static void labelled() {}
              /** @deprecated Use {@link Engine#stop() the stop method}. */
              @Deprecated public static void prose() {}
              /* @deprecated not a doc comment */
              public static void plainComment() {}
              public static class Nested {}
            }
            """)
        .addSource("com/acme/impl/Engine.java", """
            package com.acme.impl;
            public class Engine {
              public static final Engine MAIN = new Engine();
              public static void start() {}
              public static void stop() {}
            }
            """)
        .addSource("com/acme/App.java", """
            package com.acme;
            import com.acme.api.Api;
            class App {
              void run() {
                // FINDING: 'com.acme.api.Api#plainJavadoc()' is deprecated; use 'com.acme.impl.Engine#start()' instead.
                Api.plainJavadoc();
                // FINDING: 'com.acme.api.Api#code()' is deprecated; use 'java.util.Objects.equals(Object, Object)' instead.
                Api.code();
                // FINDING: 'com.acme.api.Api#text()' is deprecated; use 'com.acme.impl.Engine#stop()' instead.
                Api.text();
                // FINDING: 'com.acme.api.Api#choice()' is deprecated (use a(), b(), or Engine).
                Api.choice();
                // FINDING: 'com.acme.api.Api#reason()' is deprecated (will be private in 4.0.0).
                Api.reason();
                // FINDING: 'com.acme.api.Api#longReason()' is deprecated.
                Api.longReason();
                // FINDING: 'com.acme.api.Api#nested()' is deprecated; use 'com.acme.api.Api.Nested' instead.
                Api.nested();
                // FINDING: 'com.acme.api.Api#onDemand()' is deprecated; use 'java.util.Collection' instead.
                Api.onDemand();
                // FINDING: 'com.acme.api.Api#labelled()' is deprecated; use 'com.acme.impl.Engine.MAIN.start()' instead.
                Api.labelled();
                // FINDING: 'com.acme.api.Api#prose()' is deprecated; use 'com.acme.impl.Engine#stop()' instead.
                Api.prose();
                Api.plainComment();
              }
            }
            """).expectFindingsAsMarked();
  }

  @Test
  void staysSilentWhereJavacDoes() {
    tester().addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.old.Old;
        import com.acme.old.Old.Inner;
        import com.acme.auth.AuthService;
        import static com.acme.auth.AuthService.LIMIT;
        class App {
          Inner inner;
          int depth = Inner.depth;
          @Deprecated
          void deprecatedCaller(AuthService auth) {
            Old old = null;
            auth.validateToken("t");
          }
          @SuppressWarnings("deprecation")
          void suppressed(AuthService auth) {
            auth.validateToken("t");
            Object o = new Old();
          }
          @SuppressWarnings({"unchecked", "removal"})
          String suppressedRemoval() {
            return AuthService.readToken("k");
          }
          void locallySuppressed(AuthService auth) {
            @SuppressWarnings("deprecation") boolean ok = auth.validateToken("t");
          }
          /** @deprecated kept for old callers */
          int documented() {
            return LIMIT;
          }
          void jdk(Thread thread) {
            Integer boxed = new Integer(1);
            thread.stop();
            java.util.Date date = new java.util.Date(2020, 1, 1);
          }
          static class Sub extends AuthService {
            @Override public boolean validateToken(String token) { return false; }
          }
          boolean overridden(Sub sub) {
            return sub.validateToken("t");
          }
        }
        @Deprecated
        class AlsoDeprecated {
          Old old;
          boolean check(AuthService auth) { return auth.validateToken("t"); }
        }
        """).expectNoFindings();
  }

  @Test
  void aJavadocThatOnlyMentionsTheTagIsNoDeprecatedScope() {
    tester().addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.auth.AuthService;
        class App {
          /**
           * Reads the {@code @deprecated} notice of {@link AuthService#validateToken(String)}.
           */
          boolean check(AuthService auth) {
            // FINDING: 'com.acme.auth.AuthService#validateToken(String)' is deprecated
            return auth.validateToken("t");
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void usesInTheDeclaringFileAreNotFindings() {
    RuleTester.of(new DeprecatedApi()).addSource("com/acme/Legacy.java", """
        package com.acme;
        @Deprecated
        public class Legacy {
          @Deprecated static void old() {}
          static Legacy make() { old(); return new Legacy(); }
        }
        class Neighbour {
          Legacy legacy = Legacy.make();
        }
        """).expectNoFindings();
  }

  @Test
  void deprecationForRemovalIsReportedEvenInsideDeprecatedCode() {
    tester().addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.auth.AuthService;
        @Deprecated
        class App {
          @SuppressWarnings("deprecation")
          String token() {
            // FINDING: 'com.acme.auth.AuthService#readToken(String)' is deprecated for removal
            return AuthService.readToken("k");
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void anAnnotationTypeOfTheProjectsOwnNamedDeprecatedDoesNotCount() {
    RuleTester.of(new DeprecatedApi())
        .addSource("com/acme/Deprecated.java", """
            package com.acme;
            public @interface Deprecated {}
            """)
        .addSource("com/acme/api/Api.java", """
            package com.acme.api;
            import com.acme.Deprecated;
            public class Api {
              @Deprecated public static void run() {}
              @java.lang.Deprecated public static void old() {}
            }
            """)
        .addSource("com/acme/App.java", """
            package com.acme;
            class App {
              void run() {
                com.acme.api.Api.run();
                // FINDING: 'com.acme.api.Api#old()' is deprecated.
                com.acme.api.Api.old();
              }
            }
            """).expectFindingsAsMarked();
  }

  @Test
  void leavesAPathTheMigrationRegistryMovedToMovedPath() {
    tester().withConfig("""
            migrations:
              - from: com.acme.old.Old
                to: com.acme.Fresh
              - from: com.acme.auth.AuthService#validateToken
                to: com.acme.auth.AuthService#verifyToken
            """)
        .addSource("com/acme/App.java", """
            package com.acme;
            import com.acme.old.Old;
            import com.acme.auth.AuthService;
            class App {
              Old old;
              boolean check(AuthService auth) {
                // FINDING: 'com.acme.auth.AuthService#readToken(String)' is deprecated for removal
                return auth.validateToken(AuthService.readToken("k"));
              }
            }
            """).expectFindingsAsMarked();
  }

  private record AnalysisOutcome(List<Finding> findings) {
    Severity severityOf(String text) {
      return finding(text).severity();
    }

    List<String> suggestionsOf(String text) {
      return finding(text).suggestions();
    }

    Finding finding(String text) {
      return findings.stream().filter(f -> f.message().contains(text)).findFirst().orElseThrow();
    }
  }
}
