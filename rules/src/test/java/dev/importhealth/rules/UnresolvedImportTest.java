package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.Notice;
import dev.importhealth.core.engine.AnalysisResult;
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

  private static String pom(String properties, String profiles) {
    return "<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId>"
        + "<version>1</version><properties>" + properties + "</properties>" + profiles + "</project>";
  }

  private static final String PACK200_USER = """
      package com.acme;
      import java.util.jar.Pack200;
      import java.rmi.activation.Activatable;
      class Packer { Pack200.Packer packer = Pack200.newPacker(); }
      """;

  @Test
  void ignoresJdkTypesAnOlderReleaseHasWhenTheBuildMayTargetIt() {
    // commons-compress 1.20: maven.compiler.release 9 (here outside a profile); Pack200 is in
    // ct.sym up to release 13, java.rmi.activation up to 16
    AnalysisResult result = RuleTester.of(new UnresolvedImport())
        .addFile("pom.xml", pom("<maven.compiler.release>9</maven.compiler.release>", ""))
        .addSource("main/java/com/acme/Packer.java", PACK200_USER)
        .expectNoFindings();
    assertThat(result.notices()).extracting(Notice::message).anySatisfy(message -> assertThat(message)
        .contains("2 references name JDK API that the running JDK (" + Runtime.version().feature()
            + ") no longer has but older releases did (java.rmi.activation, java.util.jar.Pack200)"));
  }

  @Test
  void ignoresJdkTypesAnOlderReleaseHasWhenTheBuildDeclaresNoRelease() {
    RuleTester.of(new UnresolvedImport())
        .addFile("pom.xml", pom("", ""))
        .addSource("main/java/com/acme/Packer.java", PACK200_USER)
        .expectNoFindings();
  }

  @Test
  void ignoresJdkTypesAnOlderReleaseHasWhenAProfileMayLowerTheRelease() {
    // commons-compress: the java9+ profile sets release 9, whatever the properties say
    RuleTester.of(new UnresolvedImport())
        .addFile("pom.xml", pom("<maven.compiler.release>17</maven.compiler.release>",
            "<profiles><profile><id>java9+</id><properties><maven.compiler.release>9</maven.compiler.release>"
                + "</properties></profile></profiles>"))
        .addSource("main/java/com/acme/Packer.java", PACK200_USER)
        .expectNoFindings();
  }

  @Test
  void flagsRemovedJdkTypesWhenTheBuildTargetsANewerRelease() {
    RuleTester.of(new UnresolvedImport())
        .addFile("pom.xml", pom("<maven.compiler.release>17</maven.compiler.release>", ""))
        .addSource("main/java/com/acme/Packer.java", """
            package com.acme;
            // FINDING: type 'Pack200' does not exist in package 'java.util.jar'
            import java.util.jar.Pack200;
            // FINDING: package 'java.rmi.activation' does not exist
            import java.rmi.activation.Activatable;
            class Packer {}
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void flagsJdkTypesNoReleaseEverHad() {
    RuleTester.of(new UnresolvedImport())
        .addFile("pom.xml", pom("<maven.compiler.release>9</maven.compiler.release>", ""))
        .addSource("main/java/com/acme/Packer.java", """
            package com.acme;
            // FINDING: type 'Pack300' does not exist in package 'java.util.jar'
            import java.util.jar.Pack300;
            // FINDING: type 'java.util.Map' has no member type 'Entri'
            import java.util.Map.Entri;
            class Packer {}
            """)
        .expectFindingsAsMarked();
  }

  /** A type with a body long enough that renaming it keeps git's similarity well above 75 %. */
  static String ledger(String pkg, String name) {
    return "package " + pkg + ";\n\npublic class " + name + " {\n  public static final int LIMIT = 3;\n"
        + "  public static class Entry {}\n"
        + "  public int credit(int amount) {\n    return amount * 2;\n  }\n".repeat(1)
        + "  public int debit(int amount) {\n    return amount / 2;\n  }\n"
        + "  public String label() {\n    return \"ledger of the month\";\n  }\n"
        + "  public boolean balanced() {\n    return credit(1) == debit(4);\n  }\n}\n";
  }

  private final RuleTester movedLedger = RuleTester.of(new UnresolvedImport())
      .addEarlierSource("com/acme/legacy/Ledger.java", ledger("com.acme.legacy", "Ledger"))
      .addSource("com/acme/legacy/Report.java", "package com.acme.legacy;\npublic class Report {}\n")
      .addSource("com/acme/billing/AccountBook.java", ledger("com.acme.billing", "AccountBook"));

  @Test
  void namesWhereGitHistoryShowsTheTypeWent() {
    AnalysisResult result = movedLedger.addSource("com/acme/App.java", """
        package com.acme;
        // FINDING: type 'Ledger' does not exist in package 'com.acme.legacy'; git history shows 'com.acme.legacy.Ledger' moved to 'com.acme.billing.AccountBook' in
        import com.acme.legacy.Ledger;
        // FINDING: git history shows 'com.acme.legacy.Ledger' moved to 'com.acme.billing.AccountBook' in
        import com.acme.legacy.Ledger.Entry;
        // FINDING: git history shows 'com.acme.legacy.Ledger' moved to 'com.acme.billing.AccountBook' in
        import static com.acme.legacy.Ledger.LIMIT;
        class App {}
        """).expectFindingsAsMarked();

    assertThat(result.findings()).allSatisfy(f -> assertThat(f.message())
        .matches("(?s).* in [0-9a-f]{7,40} \\(2024-03-01\\)\\. Did you mean '[\\w.]+'\\?"));
    assertThat(result.findings()).extracting(f -> f.suggestions().get(0)).containsExactly(
        "com.acme.billing.AccountBook", "com.acme.billing.AccountBook.Entry", "com.acme.billing.AccountBook.LIMIT");
  }

  @Test
  void saysNothingOfAMoveWhoseNewTypeIsGoneFromTheWorkingTree() {
    movedLedger.deleteAfterCommit("com/acme/billing/AccountBook.java").addSource("com/acme/App.java", """
        package com.acme;
        // FINDING: type 'Ledger' does not exist in package 'com.acme.legacy'.
        import com.acme.legacy.Ledger;
        class App {}
        """).expectFindingsAsMarked();
  }

  @Test
  void leavesAMoveTheRegistryRecordsToIH201() {
    movedLedger.withConfig("""
        migrations:
          - from: com.acme.legacy.Ledger
            to: com.acme.billing.AccountBook
        """).addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.legacy.Ledger;
        class App {}
        """).expectNoFindings();
  }
}
