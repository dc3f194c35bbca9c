package dev.importhealth.rules;

import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnresolvedImportTest {

  private final RuleTester tester = RuleTester.of(new UnresolvedImport())
      .addSource("com/acme/users/UserService.java", """
          package com.acme.users;
          public class UserService {
            public static final int LIMIT = 3;
            public static class Page {}
          }
          """)
      .addSource("com/acme/auth/TokenValidator.java", """
          package com.acme.auth;
          public class TokenValidator {}
          """);

  @Test
  void flagsImportOfDeletedFirstPartyType() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        // FINDING: type 'UserServise' does not exist in package 'com.acme.users'. Did you mean 'com.acme.users.UserService'?
        import com.acme.users.UserServise;
        class App {}
        """).expectFindingsAsMarked();
  }

  @Test
  void suggestsWhereAMovedTypeLivesNow() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        // FINDING: Did you mean 'com.acme.auth.TokenValidator'?
        import com.acme.users.TokenValidator;
        class App {}
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsMissingJdkTypeAndMissingNestedType() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        // FINDING: type 'Lst' does not exist in package 'java.util'. Did you mean 'java.util.List'?
        import java.util.Lst;
        // FINDING: type 'com.acme.users.UserService' has no member type 'Pager'
        import com.acme.users.UserService.Pager;
        // FINDING: type 'Gone' does not exist in package 'com.acme.users'
        import static com.acme.users.Gone.LIMIT;
        class App {}
        """).expectFindingsAsMarked();
  }

  @Test
  void ignoresImportsThatResolve() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import java.util.List;
        import java.util.Map.Entry;
        import java.util.concurrent.*;
        import org.w3c.dom.Document;
        import com.acme.users.UserService;
        import com.acme.users.UserService.Page;
        import static com.acme.users.UserService.LIMIT;
        import static java.util.Map.entry;
        class App {}
        """).expectNoFindings();
  }

  @Test
  void staysSilentOnPackagesOutsideWhatTheIndexKnows() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import org.slf4j.Logger;
        import com.google.common.collect.ImmutableList;
        import javax.inject.Inject;
        class App {}
        """).expectNoFindings();
  }

  @Test
  void flagsMissingPackageUnderAConfiguredNamespace() {
    tester.withConfig("namespaces: [com.acme]\n").addSource("com/acme/App.java", """
        package com.acme;
        // FINDING: package 'com.acme.legacy' does not exist. Did you mean 'com.acme.auth.TokenValidator'?
        import com.acme.legacy.TokenValidator;
        class App {}
        """).expectFindingsAsMarked();
  }

  @Test
  void staysSilentOnMissingSubpackageWithoutNamespaceOrClasspath() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.legacy.TokenValidator;
        class App {}
        """).expectNoFindings();
  }

  @Test
  void staysSilentWhenKotlinSourcesShareThePackage() {
    tester.addFile("src/com/acme/users/Extra.kt", "package com.acme.users\nclass Extra\n")
        .addSource("com/acme/App.java", """
            package com.acme;
            import com.acme.users.Extra;
            class App {}
            """).expectNoFindings();
  }

  @Test
  void suggestsCloseNamesInTheSamePackage() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        // FINDING: type 'ArrayLst' does not exist in package 'java.util'. Did you mean 'java.util.ArrayList'?
        import java.util.ArrayLst;
        // FINDING: type 'UserServce' does not exist in package 'com.acme.users'. Did you mean 'com.acme.users.UserService'?
        import com.acme.users.UserServce;
        class App {}
        """).expectFindingsAsMarked();
  }

  @Test
  void ignoresImportsOfNestedTypesAndStaticImportsOfMemberTypes() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.users.UserService.Page;
        import java.util.Map.Entry;
        import java.lang.Thread.State;
        class App {
          Page page;
          Entry<String, State> entry;
        }
        """).addSource("com/acme/Other.java", """
        package com.acme;
        import static com.acme.users.UserService.Page;
        import static java.util.Map.Entry;
        class Other {
          Page page;
          Entry<String, String> entry;
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresLombokImportsAndTheBuilderTypesLombokGenerates() {
    tester.addSource("com/acme/model/Customer.java", """
        package com.acme.model;
        import lombok.Builder;
        import lombok.Data;
        @Data
        @Builder
        public class Customer {
          private String name;
        }
        """).addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.model.Customer;
        import com.acme.model.Customer.CustomerBuilder;
        import lombok.extern.slf4j.Slf4j;
        @Slf4j
        class App {
          CustomerBuilder builder = Customer.builder();
        }
        """).expectNoFindings();
  }

  @Test
  void staysSilentOnPackagesWithAnUnparsableFile() {
    tester.addSource("com/acme/users/Broken.java", """
        package com.acme.users;
        public class Broken {
          void oops( {
        }
        """).addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.users.Broken;
        import com.acme.users.DeclaredInTheBrokenFile;
        class App {}
        """).expectNoFindings();
  }

  @Test
  void ignoresImportsOfTypesFromTheSameSourceSetInAnyOrder() {
    tester.addSource("com/acme/a/First.java", """
        package com.acme.a;
        import com.acme.b.Second;
        public class First { Second second; }
        """).addSource("com/acme/b/Second.java", """
        package com.acme.b;
        import com.acme.a.First;
        public class Second { First first; }
        """).expectNoFindings();
  }
}
