package dev.importhealth.rules;

import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnresolvedPackageTest {

  private static final String NAMESPACES = "namespaces: [com.acme]\n";

  private final RuleTester tester = RuleTester.of(new UnresolvedPackage())
      .addSource("com/acme/auth/TokenValidator.java", """
          package com.acme.auth;
          public class TokenValidator {
            public static boolean valid(String token) { return !token.isEmpty(); }
          }
          """)
      .addSource("com/acme/users/UserService.java", """
          package com.acme.users;
          public class UserService {}
          """);

  @Test
  void flagsOnDemandImportOfMissingPackageUnderAConfiguredNamespace() {
    tester.withConfig(NAMESPACES).addSource("com/acme/App.java", """
        package com.acme;
        // FINDING: Import 'com.acme.legacy.*' cannot be resolved: package 'com.acme.legacy' does not exist.
        import com.acme.legacy.*;
        // FINDING: package 'com.acme.auth.internal' does not exist
        import com.acme.auth.internal.*;
        import com.acme.auth.*;
        class App {}
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsOnDemandImportOfMissingJdkPackage() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        // FINDING: Import 'java.utill.*' cannot be resolved: package 'java.utill' does not exist.
        import java.utill.*;
        // FINDING: package 'java.util.concurent' does not exist
        import java.util.concurent.*;
        import java.util.*;
        import javax.swing.table.*;
        class App {}
        """).expectFindingsAsMarked();
  }

  @Test
  void ignoresMissingJavaxSubpackagesALibraryMayProvide() {
    // javax.* is shared: javax.inject or javax.servlet come from libraries, not the JDK
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import javax.inject.*;
        import javax.swing.tabel.*;
        class App {
          javax.servlet.http.HttpServlet servlet;
        }
        """).expectNoFindings();
  }

  @Test
  void flagsMissingPackageInFullyQualifiedTypeNames() {
    tester.withConfig(NAMESPACES).addSource("com/acme/App.java", """
        package com.acme;
        class App {
          // FINDING: 'com.acme.legacy.TokenValidator' cannot be resolved: package 'com.acme.legacy' does not exist. Did you mean 'com.acme.auth.TokenValidator'?
          com.acme.legacy.TokenValidator validator;
          // FINDING: package 'java.utl' does not exist
          java.utl.List<String> names;
          // FINDING: package 'com.acme.user' does not exist. Did you mean 'com.acme.users.UserService'?
          Object service = new com.acme.user.UserService();
          com.acme.auth.TokenValidator current;
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsMissingPackageInFullyQualifiedExpressionNames() {
    tester.withConfig(NAMESPACES).addSource("com/acme/App.java", """
        package com.acme;
        class App {
          boolean run() {
            // FINDING: 'com.acme.legacy.TokenValidator' cannot be resolved: package 'com.acme.legacy' does not exist. Did you mean 'com.acme.auth.TokenValidator'?
            boolean old = com.acme.legacy.TokenValidator.valid("t");
            // FINDING: package 'java.utl' does not exist
            Object empty = java.utl.Collections.emptyList();
            return old && com.acme.auth.TokenValidator.valid("t") && empty != null;
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void ignoresMissingSubpackagesWithoutNamespaceOrClasspath() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.legacy.*;
        class App {
          com.acme.legacy.TokenValidator validator;
          Object run() { return com.acme.legacy.TokenValidator.valid("t"); }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresPackagesOutsideTheKnownNamespaces() {
    tester.withConfig(NAMESPACES).addSource("com/acme/App.java", """
        package com.acme;
        import org.slf4j.*;
        import com.unknown.*;
        class App {
          org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(App.class);
          Widget widget = com.unknown.Widget.make();
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresPackagesThatExist() {
    tester.withConfig(NAMESPACES).addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.auth.*;
        import com.acme.users.*;
        import java.util.*;
        import java.util.concurrent.atomic.*;
        import java.util.Map.*;
        class App {
          TokenValidator validator;
          UserService service;
          AtomicInteger counter;
          Entry<String, String> entry;
          java.util.List<com.acme.users.UserService> all = java.util.Collections.emptyList();
          boolean ok = com.acme.auth.TokenValidator.valid("t");
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresVariablesNamedLikePackages() {
    tester.withConfig(NAMESPACES).addSource("com/acme/App.java", """
        package com.acme;
        class App {
          static class Settings { Server server = new Server(); }
          static class Server { int port; }
          Settings com = new Settings();
          int run(String java) {
            Settings acme = com;
            return com.server.port + acme.server.port + java.length();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresPackagesWithOnlyUnparsableOrKotlinSources() {
    tester.withConfig(NAMESPACES)
        .addFile("src/com/acme/kotlin/Invoice.kt", "package com.acme.kotlin\nclass Invoice\n")
        .addSource("com/acme/broken/Broken.java", """
            package com.acme.broken;
            public class Broken {
              void oops( {
            }
            """).addSource("com/acme/App.java", """
            package com.acme;
            import com.acme.kotlin.*;
            import com.acme.broken.*;
            class App {
              com.acme.kotlin.Invoice invoice;
              com.acme.broken.Broken broken;
            }
            """).expectNoFindings();
  }
}
