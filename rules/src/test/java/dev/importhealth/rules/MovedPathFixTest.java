package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.fix.SourceFixer;
import dev.importhealth.rules.testing.RuleTester;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * IH201's fixes, applied as {@code import-health fix} applies them: the files after the fix are
 * compared with the expected text exactly, checked again, and compiled with javac.
 */
class MovedPathFixTest {

  private static final String REGISTRY = """
      migrations:
        - from: com.acme.legacy.Emitter
          to: com.acme.ws.UnifiedEmitter
        - from: com.acme.old.*
          to: com.acme.fresh.*
        - from: com.acme.auth.AuthService#validateToken
          to: com.acme.auth.AuthService#verifyToken
        - from: com.acme.util.OldStrings#blank
          to: com.acme.util.Texts#isBlank
        - from: com.acme.before.Legacy
          to: com.acme.after.Legacy
      """;

  /** The code after the consolidation: the old types and members are gone. */
  private static RuleTester newWorld() {
    return RuleTester.of(new MovedPath()).withConfig(REGISTRY)
        .addSource("com/acme/ws/UnifiedEmitter.java", """
            package com.acme.ws;
            public class UnifiedEmitter {
              public static UnifiedEmitter create() { return new UnifiedEmitter(); }
              public void emit() {}
            }
            """)
        .addSource("com/acme/fresh/Log.java", "package com.acme.fresh;\npublic class Log {}\n")
        .addSource("com/acme/fresh/Audited.java", "package com.acme.fresh;\npublic @interface Audited {}\n")
        .addSource("com/acme/auth/AuthService.java", """
            package com.acme.auth;
            public class AuthService {
              public static boolean verifyToken(String token) { return !token.isEmpty(); }
            }
            """)
        .addSource("com/acme/util/Texts.java", """
            package com.acme.util;
            public class Texts {
              public static boolean isBlank(String s) { return s.isBlank(); }
            }
            """)
        .addSource("com/acme/util/OldStrings.java", "package com.acme.util;\npublic class OldStrings {}\n");
  }

  @Test
  void rewritesImportsNamesAndMembersExactlyAndTheResultCompiles() throws Exception {
    RuleTester tester = newWorld()
        .addSource("com/acme/app/Sender.java", """
            package com.acme.app;

            import com.acme.auth.AuthService;
            import com.acme.legacy.Emitter;
            import com.acme.util.Texts;

            /** Sends with {@link Emitter}. */
            public class Sender {
              private final Emitter emitter = Emitter.create();   // keep this comment

              boolean send(String token) {
                Emitter   local = new Emitter();
                return AuthService.validateToken(token) && !Texts.isBlank(token) && local != emitter;
              }
            }
            """)
        .addSource("com/acme/app/Jobs.java", """
            package com.acme.app;

            import static com.acme.auth.AuthService.validateToken;

            import com.acme.old.*;

            class Jobs {
              com.acme.old.Log log = new com.acme.old.Log();
              Log other;
              boolean run(String t) {
                return validateToken(t) /* check */ && validateToken(t + "!");
              }
            }
            """)
        .addSource("com/acme/legacy/Relay.java", """
            package com.acme.legacy;

            public class Relay {
              Emitter emitter;
              void relay() { Emitter.create().emit(); }
            }
            """)
        .addSource("com/acme/app/Check.java", """
            package com.acme.app;

            import com.acme.util.OldStrings;

            class Check {
              boolean ok(String s) { return !OldStrings.blank(s); }
            }
            """)
        .addSource("com/acme/app/Both.java", """
            package com.acme.app;

            import com.acme.legacy.Emitter;
            import com.acme.ws.UnifiedEmitter;

            class Both {
              Emitter a;
              UnifiedEmitter b;
            }
            """);

    AnalysisResult before = tester.run();
    assertThat(before.findings()).allSatisfy(f -> assertThat(f.fix()).as(f.message()).isPresent());
    Path src = before.projectRoot().resolve("src");
    applyFixes(before);

    assertThat(read(src, "com/acme/app/Sender.java")).isEqualTo("""
        package com.acme.app;

        import com.acme.auth.AuthService;
        import com.acme.util.Texts;
        import com.acme.ws.UnifiedEmitter;

        /** Sends with {@link Emitter}. */
        public class Sender {
          private final UnifiedEmitter emitter = UnifiedEmitter.create();   // keep this comment

          boolean send(String token) {
            UnifiedEmitter   local = new UnifiedEmitter();
            return AuthService.verifyToken(token) && !Texts.isBlank(token) && local != emitter;
          }
        }
        """);
    assertThat(read(src, "com/acme/app/Jobs.java")).isEqualTo("""
        package com.acme.app;

        import static com.acme.auth.AuthService.verifyToken;

        import com.acme.fresh.*;

        class Jobs {
          com.acme.fresh.Log log = new com.acme.fresh.Log();
          Log other;
          boolean run(String t) {
            return verifyToken(t) /* check */ && verifyToken(t + "!");
          }
        }
        """);
    assertThat(read(src, "com/acme/legacy/Relay.java")).isEqualTo("""
        package com.acme.legacy;

        import com.acme.ws.UnifiedEmitter;

        public class Relay {
          UnifiedEmitter emitter;
          void relay() { UnifiedEmitter.create().emit(); }
        }
        """);
    assertThat(read(src, "com/acme/app/Check.java")).isEqualTo("""
        package com.acme.app;

        import com.acme.util.OldStrings;
        import com.acme.util.Texts;

        class Check {
          boolean ok(String s) { return !Texts.isBlank(s); }
        }
        """);
    assertThat(read(src, "com/acme/app/Both.java")).isEqualTo("""
        package com.acme.app;

        import com.acme.ws.UnifiedEmitter;

        class Both {
          UnifiedEmitter a;
          UnifiedEmitter b;
        }
        """);

    AnalysisResult after = RuleTester.of(new MovedPath()).rerun(before.projectRoot());
    assertThat(after.findings()).isEmpty();
    assertThat(RuleTester.of(new UnresolvedType()).rerun(before.projectRoot()).findings()).isEmpty();
    assertCompiles(src);
  }

  @Test
  void rewritesMethodReferencesAndAnnotations() throws Exception {
    AnalysisResult before = newWorld()
        .addSource("com/acme/app/Refs.java", """
            package com.acme.app;

            import com.acme.auth.AuthService;
            import com.acme.util.OldStrings;
            import java.util.function.Predicate;

            @com.acme.old.Audited
            class Refs {
              Predicate<String> valid = AuthService::validateToken;
              Predicate<String> blank = OldStrings :: blank;
            }
            """)
        .run();
    assertThat(before.findings()).hasSize(3).allSatisfy(f -> assertThat(f.fix()).as(f.message()).isPresent());
    Path src = before.projectRoot().resolve("src");

    applyFixes(before);

    assertThat(read(src, "com/acme/app/Refs.java")).isEqualTo("""
        package com.acme.app;

        import com.acme.auth.AuthService;
        import com.acme.util.OldStrings;
        import com.acme.util.Texts;
        import java.util.function.Predicate;

        @com.acme.fresh.Audited
        class Refs {
          Predicate<String> valid = AuthService::verifyToken;
          Predicate<String> blank = Texts :: isBlank;
        }
        """);
    assertThat(RuleTester.of(new MovedPath()).rerun(before.projectRoot()).findings()).isEmpty();
  }

  @Test
  void importsTheNewTypeOfTheSameNameIntoTheOldPackageWhereTheOldTypeStillExists() throws Exception {
    AnalysisResult before = newWorld()
        .addSource("com/acme/before/Legacy.java", "package com.acme.before;\npublic class Legacy {}\n")
        .addSource("com/acme/after/Legacy.java", """
            package com.acme.after;
            public class Legacy {
              public static int count() { return 1; }
            }
            """)
        .addSource("com/acme/before/User.java", """
            package com.acme.before;

            class User {
              Legacy legacy;
              int run() { return Legacy.count(); }
            }
            """)
        .run();
    assertThat(before.findings()).hasSize(2).allSatisfy(f -> assertThat(f.fix()).as(f.message()).isPresent());

    applyFixes(before);

    assertThat(read(before.projectRoot().resolve("src"), "com/acme/before/User.java")).isEqualTo("""
        package com.acme.before;

        import com.acme.after.Legacy;

        class User {
          Legacy legacy;
          int run() { return Legacy.count(); }
        }
        """);
    assertThat(RuleTester.of(new MovedPath()).rerun(before.projectRoot()).findings()).isEmpty();
    assertCompiles(before.projectRoot().resolve("src"));
  }

  @Test
  void offersNoFixWhereTheNewNameMeansSomethingElseInTheFile() {
    AnalysisResult result = newWorld()
        .addSource("com/acme/app/Clash.java", """
            package com.acme.app;
            import com.acme.legacy.Emitter;
            class Clash {
              Emitter emitter;
              static class UnifiedEmitter {}
            }
            """)
        .run();
    assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.fix()).isEmpty());
  }

  @Test
  void insertedLinesUseTheFilesOwnLineSeparator() throws Exception {
    AnalysisResult before = newWorld()
        .addSource("com/acme/legacy/Relay.java",
            "package com.acme.legacy;\r\n\r\npublic class Relay {\r\n  Emitter emitter;\r\n}\r\n")
        .run();
    applyFixes(before);
    assertThat(read(before.projectRoot().resolve("src"), "com/acme/legacy/Relay.java")).isEqualTo(
        "package com.acme.legacy;\r\n\r\nimport com.acme.ws.UnifiedEmitter;\r\n\r\npublic class Relay {\r\n"
            + "  UnifiedEmitter emitter;\r\n}\r\n");
  }

  private static void applyFixes(AnalysisResult result) throws IOException {
    SourceFixer.Plan plan = SourceFixer.plan(result);
    assertThat(plan.refusals()).isEmpty();
    for (SourceFixer.Change change : plan.changes()) {
      assertThat(change.skipped()).as("fixes left out of " + change.file()).isEmpty();
      SourceFixer.write(change);
    }
  }

  private static String read(Path src, String path) throws IOException {
    return Files.readString(src.resolve(path), StandardCharsets.UTF_8);
  }

  private static void assertCompiles(Path src) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path classes = Files.createTempDirectory("fixed-classes");
    List<String> arguments = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-proc:none"));
    try (Stream<Path> files = Files.walk(src)) {
      files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().forEach(arguments::add);
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, arguments.toArray(String[]::new));
    assertThat(status).as("javac on the fixed sources:\n" + errors.toString(StandardCharsets.UTF_8)).isZero();
  }
}
