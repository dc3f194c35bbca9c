package dev.importhealth.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnresolvedTypeTest {

  private final RuleTester tester = RuleTester.of(new UnresolvedType())
      .addSource("com/acme/users/UserService.java", """
          package com.acme.users;
          public class UserService {
            public static class Page {}
            public interface Listener { void changed(); }
            public static UserService create() { return new UserService(); }
          }
          """)
      .addSource("com/acme/users/UserException.java", """
          package com.acme.users;
          public class UserException extends Exception {}
          """);

  @Test
  void flagsMissingSupertypes() {
    tester.addSource("com/acme/users/Admin.java", """
        package com.acme.users;
        // FINDING: 'BaseUser' cannot be resolved: type 'BaseUser' cannot be found
        class Admin extends BaseUser
            // FINDING: 'Auditable' cannot be resolved: type 'Auditable' cannot be found
            implements Auditable, UserService.Listener {
          // a missing supertype might declare any member type, so names in the body are not judged
          Permission permission;
        }
        // FINDING: 'UserServise.Listener' cannot be resolved: type 'UserServise' cannot be found. Did you mean 'UserService'?
        interface Auditor extends UserServise.Listener {}
        """).expectFindingsAsMarked();
  }

  @Test
  void suggestsNoTestClassToMainCode() {
    RuleTester.of(new UnresolvedType())
        .addFile("pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId>"
            + "<artifactId>a</artifactId><version>1</version></project>")
        .addSource("main/java/com/acme/Delivery.java", """
            package com.acme;
            class Delivery {
              // main code never sees DeliveryTester, a test class
              // FINDING: type 'DeliveryTestr' cannot be found.
              DeliveryTestr tester;
            }
            """)
        .addSource("test/java/com/acme/DeliveryTester.java", "package com.acme;\nclass DeliveryTester {}\n")
        .addSource("test/java/com/acme/DeliveryTest.java", """
            package com.acme;
            class DeliveryTest {
              // FINDING: type 'DeliveryTestr' cannot be found. Did you mean 'DeliveryTester'?
              DeliveryTestr tester;
            }
            """)
        .expectFindingsAsMarked()
        .findings().stream()
        .filter(f -> ((FileRegion) f.location()).file().endsWith("Delivery.java"))
        .forEach(f -> assertThat(f.message()).as("no test class suggested to main code").doesNotContain("Did you mean"));
  }

  @Test
  void flagsMissingTypesInMemberDeclarations() {
    tester.addSource("com/acme/users/Account.java", """
        package com.acme.users;
        import java.util.List;
        class Account {
          // FINDING: 'UserServise' cannot be resolved: type 'UserServise' cannot be found. Did you mean 'UserService'?
          private UserServise service;
          // FINDING: 'Permission' cannot be resolved
          List<Permission> permissions;
          // FINDING: 'Role' cannot be resolved
          Role[] roles;
          // FINDING: 'Token' cannot be resolved
          Token token(String raw) throws UserException {
            return null;
          }
          // FINDING: 'Tokenn' cannot be resolved
          void check(Tokenn token) {}
          // FINDING: 'MissingException' cannot be resolved
          void fail() throws MissingException {}
          // FINDING: 'Principal' cannot be resolved
          <T extends Principal> void bounded(List<? super T> values) {}
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsMissingTypesInExpressions() {
    tester.addSource("com/acme/users/Factory.java", """
        package com.acme.users;
        class Factory {
          Object make(Object o) {
            // FINDING: 'Sesion' cannot be resolved
            Object a = new Sesion();
            // FINDING: 'Sesion' cannot be resolved
            Object b = (Sesion) o;
            // FINDING: 'Sesion' cannot be resolved
            boolean c = o instanceof Sesion;
            // FINDING: 'Sesion' cannot be resolved
            Class<?> d = Sesion.class;
            // FINDING: 'Sesion' cannot be resolved
            Object e = new java.util.ArrayList<Sesion>();
            try {
              return a;
              // FINDING: 'MissingException' cannot be resolved
            } catch (MissingException ex) {
              return b;
            }
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsMissingAnnotationTypes() {
    tester.addSource("com/acme/users/Annotated.java", """
        package com.acme.users;
        // FINDING: 'Entity' cannot be resolved
        @Entity
        class Annotated {
          // FINDING: 'Overide' cannot be resolved: type 'Overide' cannot be found
          @Overide
          public String toString() { return ""; }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsMissingMemberTypeViaQualifiedName() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.users.UserService;
        class App {
          // FINDING: 'UserService.Pager' cannot be resolved: type 'com.acme.users.UserService' has no member type 'Pager'. Did you mean 'Page'?
          UserService.Pager pager;
          // FINDING: type 'com.acme.users.UserService' has no member type 'Listner'. Did you mean 'Listener'?
          com.acme.users.UserService.Listner listener;
          // FINDING: type 'java.util.Map' has no member type 'Entri'. Did you mean 'Entry'?
          java.util.Map.Entri<String, String> entry;
          // FINDING: 'UserServise.Page' cannot be resolved: type 'UserServise' cannot be found. Did you mean 'UserService'?
          UserServise.Page renamed;
          UserService.Page page;
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsMistypedFullyQualifiedNamesInCode() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        class App {
          // FINDING: cannot be resolved: type 'Lst' does not exist in package 'java.util'. Did you mean 'java.util.List'?
          java.util.Lst<String> names;
          Object run() {
            // FINDING: type 'UserServise' does not exist in package 'com.acme.users'. Did you mean 'com.acme.users.UserService'?
            Object service = com.acme.users.UserServise.create();
            // FINDING: type 'Lst' does not exist in package 'java.util'. Did you mean 'java.util.List'?
            return java.util.Lst.of();
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsUnknownNameUsedAsReceiverAndSuggestsWhereTheTypeLives() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        class App {
          Object run() {
            // FINDING: 'UserService' cannot be resolved: no variable or type named 'UserService' is in scope. Did you mean 'com.acme.users.UserService'?
            return UserService.create();
          }
          // FINDING: type 'UserService' cannot be found. Did you mean 'com.acme.users.UserService'?
          UserService service;
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void ignoresNamesWhoseImportIsAlreadyReported() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.users.Gone;
        import com.acme.legacy.*;
        class App {
          Gone gone = new Gone();
          Object run() { return Gone.make(); }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresSamePackageTypesAcrossFilesWithoutImports() {
    tester.addSource("com/acme/users/Registry.java", """
        package com.acme.users;
        import java.util.ArrayList;
        import java.util.List;
        class Registry {
          List<UserService> services = new ArrayList<>();
          UserService.Page page = new UserService.Page();
          void load() throws UserException {
            services.add(UserService.create());
            throw new UserException();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresTypeParametersThatShadowClassNames() {
    tester.addSource("com/acme/Box.java", """
        package com.acme;
        import java.util.List;
        class Box<String> {
          String value;
          <UserService> UserService convert(Object o) { return null; }
          <T extends Comparable<T>> T max(List<T> items) { return items.get(0); }
          <E> Box(E first) {}
          class Inner { String inner; }
          record Pair<L, R>(L left, R right) {
            <X> Pair<X, R> withLeft(X left) { return new Pair<>(left, right); }
          }
          interface Mapper<In, Out> { Out map(In in); }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresNestedAndInheritedMemberTypes() {
    tester.addSource("com/acme/base/Component.java", """
        package com.acme.base;
        public abstract class Component implements Lifecycle {
          public static class Config { public String name; }
          protected enum State { NEW, RUNNING }
        }
        """).addSource("com/acme/base/Lifecycle.java", """
        package com.acme.base;
        public interface Lifecycle {
          interface Listener { void started(); }
          class Event {}
        }
        """).addSource("com/acme/app/Server.java", """
        package com.acme.app;
        import com.acme.base.Component;
        import com.acme.base.Component.Config;
        import com.acme.users.UserService.Page;
        import static com.acme.users.UserService.Listener;
        import static com.acme.base.Lifecycle.*;
        class Server extends Component {
          Config config = new Config();
          State state = State.NEW;
          Listener listener = () -> {};
          Event event = new Event();
          Page page;
          Component.State other;
          static class Worker {
            Config config;
            Event event;
            class Task { State state; }
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresLocalAndAnonymousClassesAndLocalRecords() {
    tester.addSource("com/acme/Local.java", """
        package com.acme;
        class Local {
          Object run() {
            class Counter { int n; }
            record Pair(Counter a, Counter b) {}
            interface Visitor { void visit(Pair pair); }
            Visitor visitor = pair -> {};
            Counter counter = new Counter();
            visitor.visit(new Pair(counter, new Counter()));
            Runnable r = new Runnable() {
              class Helper {}
              public void run() { new Helper(); }
            };
            return r;
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresFullyQualifiedNamesThatResolve() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        class App {
          java.util.Map.Entry<String, java.util.List<String>> entry;
          Thread.State state = Thread.State.NEW;
          Character.UnicodeBlock block;
          Object run() {
            java.util.List<String> names = java.util.Collections.emptyList();
            com.acme.users.UserService service = com.acme.users.UserService.create();
            return java.util.Map.Entry.comparingByKey() + names.toString() + service;
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresTypesFromUnknownOnDemandImportsAndUnknownSupertypes() {
    tester.addSource("com/acme/web/Page.java", """
        package com.acme.web;
        import com.unknown.*;
        class Page extends org.springframework.Foo {
          Widget widget = Widget.make();
          Nested nested;
          Callback callback;
          Object run() { return new Widget(); }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresTypesLombokGenerates() {
    tester.addSource("com/acme/model/Order.java", """
        package com.acme.model;
        @lombok.Builder
        public class Order {
          private String id;
        }
        """).addSource("com/acme/model/Orders.java", """
        package com.acme.model;
        import com.acme.model.Order.OrderBuilder;
        class Orders {
          OrderBuilder builder = Order.builder();
          Order.OrderBuilder other = Order.builder().id("1");
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresPackagesWithUnparsableOrKotlinSources() {
    tester.addSource("com/acme/users/Broken.java", """
        package com.acme.users;
        public class Broken {
          void oops( {
        }
        """).addFile("src/com/acme/model/Invoice.kt", """
        package com.acme.model
        class Invoice(val total: Long)
        """).addSource("com/acme/users/UsesBroken.java", """
        package com.acme.users;
        class UsesBroken {
          Broken broken;
          Generated generated;
        }
        """).addSource("com/acme/model/UsesKotlin.java", """
        package com.acme.model;
        class UsesKotlin {
          Invoice invoice = new Invoice(3);
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresVariablesNamedLikeTypes() {
    tester.addSource("com/acme/Names.java", """
        package com.acme;
        class Names {
          String String = "value";
          int run(Object Session) {
            int length = String.length();
            return length + Session.hashCode();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresPatternVariablesInCompactConstructors() {
    tester.addSource("com/acme/Wrapper.java", """
        package com.acme;
        record Wrapper(Object value) {
          Wrapper {
            if (value instanceof String s && s.isBlank()) {
              throw new IllegalArgumentException();
            }
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresAnnotationsWithEnumValuesAndStaticImportedConstants() {
    tester.addSource("com/acme/Marker.java", """
        package com.acme;
        import static java.lang.annotation.RetentionPolicy.RUNTIME;
        import java.lang.annotation.ElementType;
        import java.lang.annotation.Retention;
        import java.lang.annotation.Target;
        @Retention(RUNTIME)
        @Target({ElementType.TYPE, ElementType.METHOD})
        @interface Marker {
          Class<?> type() default Object.class;
        }
        @Marker(type = Marked.Inner.class)
        class Marked {
          static class Inner {}
          @Marker
          @SuppressWarnings("unchecked")
          void run() {}
        }
        """).expectNoFindings();
  }

  private final RuleTester movedLedger = RuleTester.of(new UnresolvedType())
      .addEarlierSource("com/acme/legacy/Ledger.java", UnresolvedImportTest.ledger("com.acme.legacy", "Ledger"))
      .addSource("com/acme/billing/AccountBook.java", UnresolvedImportTest.ledger("com.acme.billing", "AccountBook"));

  @Test
  void namesWhereGitHistoryShowsATypeOfTheSamePackageWent() {
    AnalysisResult result = movedLedger.addSource("com/acme/legacy/Report.java", """
        package com.acme.legacy;
        public class Report {
          // FINDING: type 'Ledger' cannot be found; git history shows 'com.acme.legacy.Ledger' moved to 'com.acme.billing.AccountBook' in
          Ledger ledger;
          // FINDING: git history shows 'com.acme.legacy.Ledger' moved to 'com.acme.billing.AccountBook' in
          com.acme.legacy.Ledger.Entry entry;
          // FINDING: 'Ledgr' cannot be resolved: type 'Ledgr' cannot be found.
          Ledgr typo;
        }
        """).expectFindingsAsMarked();

    assertThat(result.findings().get(0).suggestions()).first().isEqualTo("com.acme.billing.AccountBook");
    assertThat(result.findings().get(0).message()).endsWith("(2024-03-01). Did you mean 'com.acme.billing.AccountBook'?");
  }

  @Test
  void namesWhereATypeImportedOnDemandWent() {
    movedLedger.addSource("com/acme/legacy/Report.java", "package com.acme.legacy;\npublic class Report {}\n")
        .addSource("com/acme/App.java", """
            package com.acme;
            import com.acme.legacy.*;
            class App {
              // FINDING: git history shows 'com.acme.legacy.Ledger' moved to 'com.acme.billing.AccountBook' in
              Ledger ledger;
              Report report;
            }
            """).expectFindingsAsMarked();
  }
}
