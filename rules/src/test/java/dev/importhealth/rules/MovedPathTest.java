package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.importhealth.core.api.FileRule;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Severity;
import dev.importhealth.rules.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MovedPathTest {

  private static final String REGISTRY = """
      migrations:
        - from: com.acme.ws.UserEmitter
          to: com.acme.ws.UnifiedEmitter
          reason: consolidated into the unified emitter
        - from: com.acme.logging.legacy.*
          to: com.acme.logging.ssot.*
        - from: com.acme.auth.AuthService#validateToken
          to: com.acme.auth.AuthService#verifyToken
          until: 2999-12-31
        - from: com.acme.auth.AuthService#LIMIT
          to: com.acme.auth.AuthService#MAX
          until: 2000-01-01
      """;

  private static RuleTester tester(FileRule rule) {
    return RuleTester.of(rule).withConfig(REGISTRY)
        .addSource("com/acme/ws/UnifiedEmitter.java", """
            package com.acme.ws;
            public class UnifiedEmitter {
              public static void emit() {}
            }
            """)
        .addSource("com/acme/logging/ssot/Log.java", """
            package com.acme.logging.ssot;
            public class Log {}
            """)
        .addSource("com/acme/logging/ssot/sub/Sink.java", """
            package com.acme.logging.ssot.sub;
            public class Sink {}
            """)
        .addSource("com/acme/auth/AuthService.java", """
            package com.acme.auth;
            public class AuthService {
              public static final int MAX = 3;
              public boolean verifyToken(String t) { return true; }
            }
            """);
  }

  @Test
  void aPackageMoveDoesNotInventATypeTheNewPackageLacks() {
    tester(new MovedPath()).addSource("com/acme/logging/legacy/Rotator.java", """
            package com.acme.logging.legacy;
            public class Rotator {}
            """)
        .addSource("com/acme/Jobs.java", """
            package com.acme;
            // FINDING: 'com.acme.logging.legacy.Rotator' is in package 'com.acme.logging.legacy.*', which moved to 'com.acme.logging.ssot.*', but the new package has no 'Rotator'.
            import com.acme.logging.legacy.Rotator;
            class Jobs { Rotator rotator; }
            """)
        .expectFindingsAsMarked()
        .findings().forEach(f -> assertThat(f.suggestions()).as("no made-up type to move to").isEmpty());
  }

  @Test
  void flagsImportsOfAMovedTypeAndPackageWithSubpackages() {
    tester(new MovedPath()).addSource("com/acme/App.java", """
        package com.acme;
        // FINDING: 'com.acme.ws.UserEmitter' moved to 'com.acme.ws.UnifiedEmitter' (consolidated into the unified emitter).
        import com.acme.ws.UserEmitter;
        // FINDING: 'com.acme.logging.legacy.Log' moved to 'com.acme.logging.ssot.Log'.
        import com.acme.logging.legacy.Log;
        // FINDING: 'com.acme.logging.legacy.sub.Sink' moved to 'com.acme.logging.ssot.sub.Sink'.
        import com.acme.logging.legacy.sub.Sink;
        // FINDING: 'com.acme.logging.legacy' moved to 'com.acme.logging.ssot'.
        import com.acme.logging.legacy.*;
        class App {}
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsFullyQualifiedNamesInCode() {
    tester(new MovedPath()).addSource("com/acme/App.java", """
        package com.acme;
        class App {
          // FINDING: 'com.acme.ws.UserEmitter' moved to 'com.acme.ws.UnifiedEmitter'
          com.acme.ws.UserEmitter emitter;
          void run() {
            // FINDING: 'com.acme.ws.UserEmitter' moved to 'com.acme.ws.UnifiedEmitter'
            com.acme.ws.UserEmitter.emit();
            // FINDING: 'com.acme.logging.legacy.sub.Sink' moved to 'com.acme.logging.ssot.sub.Sink'.
            Object o = new com.acme.logging.legacy.sub.Sink();
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsMembersOnAKnownReceiverAndStaticImports() {
    tester(new MovedPath()).addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.auth.AuthService;
        // FINDING: 'com.acme.auth.AuthService.LIMIT' moved to 'com.acme.auth.AuthService.MAX'; the move was due by 2000-01-01.
        import static com.acme.auth.AuthService.LIMIT;
        class App {
          boolean check(AuthService auth) {
            // FINDING: 'com.acme.auth.AuthService#validateToken' moved to 'com.acme.auth.AuthService#verifyToken'.
            boolean ok = auth.validateToken("t");
            // FINDING: 'com.acme.auth.AuthService#LIMIT' moved to 'com.acme.auth.AuthService#MAX'
            return ok && AuthService.LIMIT > 0;
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsMethodReferencesAndMembersInheritedFromTheRegisteredType() {
    tester(new MovedPath())
        .addSource("com/acme/auth/CachingAuthService.java", """
            package com.acme.auth;
            public class CachingAuthService extends AuthService {}
            """)
        .addSource("com/acme/App.java", """
            package com.acme;
            import com.acme.auth.AuthService;
            import com.acme.auth.CachingAuthService;
            import java.util.function.Predicate;
            class App {
              boolean check(AuthService auth, CachingAuthService caching) {
                // FINDING: 'com.acme.auth.AuthService#validateToken' moved to 'com.acme.auth.AuthService#verifyToken'.
                Predicate<String> valid = auth::validateToken;
                // FINDING: 'com.acme.auth.AuthService#validateToken' moved to 'com.acme.auth.AuthService#verifyToken'.
                return valid.test("t") && caching.validateToken("t");
              }
            }
            """).expectFindingsAsMarked();
  }

  @Test
  void flagsMovedTypesUsedByTheirSimpleNameInTheirOwnPackageAndInAnnotations() {
    tester(new MovedPath())
        .addSource("com/acme/ws/Marker.java", """
            package com.acme.ws;
            public @interface Marker {}
            """)
        .addSource("com/acme/ws/Relay.java", """
            package com.acme.ws;
            class Relay {
              // FINDING: 'com.acme.ws.UserEmitter' moved to 'com.acme.ws.UnifiedEmitter'
              UserEmitter emitter;
              // FINDING: 'com.acme.ws.UserEmitter' moved to 'com.acme.ws.UnifiedEmitter'
              void relay() { UserEmitter.emit(); }
            }
            """)
        .addSource("com/acme/logging/ssot/Tag.java", "package com.acme.logging.ssot;\npublic @interface Tag {}\n")
        .addSource("com/acme/Tagged.java", """
            package com.acme;
            // FINDING: 'com.acme.logging.legacy.Tag' moved to 'com.acme.logging.ssot.Tag'
            @com.acme.logging.legacy.Tag
            class Tagged {}
            """).expectFindingsAsMarked();
  }

  @Test
  void aSimpleNameThatMeansAnotherTypeIsNotAMovedPath() {
    tester(new MovedPath())
        .addSource("com/acme/other/UserEmitter.java", """
            package com.acme.other;
            public class UserEmitter {}
            """)
        .addSource("com/acme/ws/Relay.java", """
            package com.acme.ws;
            import com.acme.other.UserEmitter;
            class Relay { UserEmitter emitter; }
            """)
        .addSource("com/acme/ws/Local.java", """
            package com.acme.ws;
            class Local {
              static class UserEmitter {}
              UserEmitter emitter;
            }
            """).expectNoFindings();
  }

  private static final String OVERDUE_AND_DUE = """
      package com.acme;
      import com.acme.auth.AuthService;
      class Due {
        boolean check(AuthService auth) {
          return auth.validateToken("t") && AuthService.LIMIT > 0;
        }
      }
      """;

  @Test
  void aMovePastItsDeadlineIsAnErrorUnlessTheLevelIsConfigured() {
    List<Finding> findings = tester(new MovedPath()).addSource("com/acme/Due.java", OVERDUE_AND_DUE).run().findings();
    assertThat(findings).extracting(f -> f.message().contains("LIMIT") ? "LIMIT " + f.severity() : "other " + f.severity())
        .containsExactlyInAnyOrder("LIMIT " + Severity.ERROR, "other " + Severity.WARNING);

    List<Finding> configured = RuleTester.of(new MovedPath())
        .withConfig(REGISTRY + "rules:\n  IH201: note\n")
        .addSource("com/acme/auth/AuthService.java", """
            package com.acme.auth;
            public class AuthService {
              public static final int MAX = 3;
              public boolean verifyToken(String t) { return true; }
            }
            """)
        .addSource("com/acme/Due.java", OVERDUE_AND_DUE).run().findings();
    assertThat(configured).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.NOTE));
  }

  @Test
  void staysSilentOnPathsTheRegistryDoesNotName() {
    tester(new MovedPath()).addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.ws.UnifiedEmitter;
        import com.acme.logging.ssot.Log;
        import com.acme.auth.AuthService;
        class App {
          com.acme.ws.UnifiedEmitter emitter;
          boolean check(AuthService auth, Other other) {
            UnifiedEmitter.emit();
            return auth.verifyToken("t") && other.validateToken("t");
          }
          static class Other { boolean validateToken(String t) { return false; } }
        }
        """).expectNoFindings();
  }

  @Test
  void flagsAnOldTypeThatStillExists() {
    tester(new MovedPath())
        .addSource("com/acme/ws/UserEmitter.java", """
            package com.acme.ws;
            @Deprecated
            public class UserEmitter {}
            """)
        .addSource("com/acme/App.java", """
            package com.acme;
            // FINDING: 'com.acme.ws.UserEmitter' moved to 'com.acme.ws.UnifiedEmitter'
            import com.acme.ws.UserEmitter;
            class App { UserEmitter emitter; }
            """).expectFindingsAsMarked();
  }

  @Test
  void replacesTheUnresolvedFindingsWhereTheOldPathIsGone() {
    String app = """
        package com.acme;
        import com.acme.ws.UserEmitter;
        import com.acme.logging.legacy.*;
        import static com.acme.auth.AuthService.LIMIT;
        import com.acme.auth.AuthService;
        class App {
          UserEmitter emitter;
          com.acme.ws.UserEmitter other;
          boolean check(AuthService auth) {
            return auth.validateToken("t") && AuthService.LIMIT > 0;
          }
        }
        """;
    for (FileRule rule : new FileRule[] {new UnresolvedImport(), new UnresolvedPackage(), new UnresolvedType(),
        new UnresolvedStaticImport(), new UnresolvedMember()}) {
      tester(rule).addSource("com/acme/App.java", app).expectNoFindings();
    }
    // without the registry, those places are reported
    assertThat(RuleTester.of(new UnresolvedImport()).addSource("com/acme/ws/UnifiedEmitter.java",
        "package com.acme.ws;\npublic class UnifiedEmitter {}\n")
        .addSource("com/acme/App.java", app).run().findings()).extracting(Finding::ruleId).contains("IH101");
  }

  @Test
  void reportsUnresolvedPlacesTheRegistryDoesNotCoverAsBefore() {
    tester(new UnresolvedImport()).addSource("com/acme/App.java", """
        package com.acme;
        // FINDING: type 'Gone' does not exist in package 'com.acme.ws'
        import com.acme.ws.Gone;
        class App {}
        """).expectFindingsAsMarked();
  }

  @Test
  void aTargetThatDoesNotExistIsAConfigurationErrorWithItsLine() {
    RuleTester tester = RuleTester.of(new MovedPath())
        .withConfig("""
            migrations:
              - from: com.acme.ws.UserEmitter
                to: com.acme.ws.UnifiedEmitter
              - from: com.acme.ws.Old
                to: com.acme.ws.Nowhere
            """)
        .addSource("com/acme/ws/UnifiedEmitter.java", "package com.acme.ws;\npublic class UnifiedEmitter {}\n");
    assertThatThrownBy(tester::run).hasMessageContaining("import-health.yaml:4: 'migrations.to': type "
        + "'com.acme.ws.Nowhere' does not exist");
  }

  @Test
  void aMemberTargetNeedsTheMemberAndAPackageTargetThePackage() {
    assertThatThrownBy(RuleTester.of(new MovedPath())
        .withConfig("migrations:\n  - from: com.acme.A#old\n    to: com.acme.A#gone\n")
        .addSource("com/acme/A.java", "package com.acme;\npublic class A { void kept() {} }\n")::run)
        .hasMessageContaining(":2: 'migrations.to': type 'com.acme.A' has no member named 'gone'");
    assertThatThrownBy(RuleTester.of(new MovedPath())
        .withConfig("namespaces: [com.acme]\nmigrations:\n  - from: com.acme.old.*\n    to: com.acme.gone.*\n")
        .addSource("com/acme/A.java", "package com.acme;\npublic class A {}\n")::run)
        .hasMessageContaining(":3: 'migrations.to': package 'com.acme.gone' does not exist");
  }
}
