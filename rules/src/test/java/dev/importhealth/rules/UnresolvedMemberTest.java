package dev.importhealth.rules;

import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnresolvedMemberTest {

  private final RuleTester tester = RuleTester.of(new UnresolvedMember())
      .addSource("com/acme/users/TestHelper.java", """
          package com.acme.users;
          public class TestHelper {
            public static final int LIMIT = 3;
            public String name = "helper";
            public User createTestUserWithAuth(String user, String token) { return new User(user); }
            public User createTestUser(String user) { return new User(user); }
            public User createTestUser(String user, int age, String... roles) { return new User(user); }
            public static TestHelper create() { return new TestHelper(); }
          }
          """)
      .addSource("com/acme/users/User.java", """
          package com.acme.users;
          public class User {
            private final String name;
            public User(String name) { this.name = name; }
            public String getName() { return name; }
          }
          """);

  @Test
  void flagsRenamedMethodAndSuggestsTheCurrentName() {
    tester.addSource("com/acme/users/UserTest.java", """
        package com.acme.users;
        class UserTest {
          void test(TestHelper helper, String a, String b) {
            // FINDING: Method call 'createTestUserWithToken(...)' cannot be resolved: type 'com.acme.users.TestHelper' has no method 'createTestUserWithToken'. Did you mean 'createTestUserWithAuth(String, String)'?
            helper.createTestUserWithToken(a, b);
            helper.createTestUserWithAuth(a, b);
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsCallsNoOverloadCanTake() {
    tester.addSource("com/acme/users/UserTest.java", """
        package com.acme.users;
        class UserTest {
          void test(TestHelper helper) {
            // FINDING: no method 'createTestUserWithAuth' in 'com.acme.users.TestHelper' takes 1 argument (declared: createTestUserWithAuth(String, String))
            helper.createTestUserWithAuth("a");
            // FINDING: no method 'createTestUser' in 'com.acme.users.TestHelper' takes 0 arguments
            helper.createTestUser();
            helper.createTestUser("a");
            helper.createTestUser("a", 1);
            helper.createTestUser("a", 1, "admin", "user");
            // FINDING: no method 'substring' in 'java.lang.String' takes 0 arguments
            "x".substring();
            // FINDING: no method 'max' in 'java.lang.Math' takes 1 argument
            Math.max(1);
            // FINDING: no method 'getName' in 'com.acme.users.User' takes 1 argument
            new User("a").getName("b");
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsMissingFieldsOnProjectAndJdkTypes() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.users.TestHelper;
        class App {
          int run(TestHelper helper, String[] args) {
            // FINDING: 'helper.names' cannot be resolved: type 'com.acme.users.TestHelper' has no field 'names'. Did you mean 'name'?
            String n = helper.names;
            // FINDING: type 'com.acme.users.TestHelper' has no field or member type 'LIMT'. Did you mean 'LIMIT'?
            int limit = TestHelper.LIMT;
            // FINDING: an array has no field 'size'
            int size = args.size;
            // FINDING: type 'java.lang.Integer' has no field or member type 'MAX'
            return Integer.MAX + limit + size + n.length() + helper.name.length() + TestHelper.LIMIT + args.length;
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsMissingMethodsOnTypedReceivers() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.users.TestHelper;
        import com.acme.users.User;
        import java.util.List;
        import java.util.function.Function;
        class App {
          private final List<String> names = List.of();
          void run(Object o) {
            // FINDING: type 'java.util.List' has no method 'sizee'. Did you mean 'size()'?
            names.sizee();
            // FINDING: type 'java.lang.String' has no method 'lenght'. Did you mean 'length()'?
            "text".lenght();
            // FINDING: type 'com.acme.users.TestHelper' has no method 'crate'. Did you mean 'create()'?
            TestHelper.crate();
            // FINDING: type 'com.acme.users.User' has no method 'getNmae'. Did you mean 'getName()'?
            TestHelper.create().createTestUser("a").getNmae();
            // FINDING: type 'java.lang.String' has no method 'lenght'
            Function<String, Integer> f = (String s) -> s.lenght();
            var helper = new TestHelper();
            // FINDING: type 'com.acme.users.TestHelper' has no method 'createTestUserWithToken'
            helper.createTestUserWithToken("a", "b");
            if (o instanceof User user) {
              // FINDING: type 'com.acme.users.User' has no method 'nameOf'
              user.nameOf();
            }
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsUnqualifiedCallsAndMethodReferencesToMissingMethods() {
    tester.addSource("com/acme/App.java", """
        package com.acme;
        import com.acme.users.TestHelper;
        import java.util.function.Supplier;
        class App {
          void prepareUser() {}
          void run() {
            // FINDING: no method 'prepareUsers' is declared in 'com.acme.App', its supertypes, enclosing types or static imports. Did you mean 'prepareUser()'?
            prepareUsers();
            // FINDING: Method reference 'TestHelper::creat' cannot be resolved: type 'com.acme.users.TestHelper' has no method 'creat'
            Supplier<TestHelper> s = TestHelper::creat;
            // FINDING: type 'java.lang.String' has no method 'lenght'
            Supplier<Integer> n = "x"::lenght;
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsMissingMembersOfRecordsAndEnums() {
    tester.addSource("com/acme/Shapes.java", """
        package com.acme;
        record Point(int x, int y) {}
        enum Color { RED, GREEN; String label() { return name().toLowerCase(); } }
        class Shapes {
          int run(Point p) {
            // FINDING: type 'com.acme.Point' has no method 'z'
            p.z();
            // FINDING: type 'com.acme.Color' has no method 'lable'. Did you mean 'label()'?
            Color.RED.lable();
            // FINDING: type 'com.acme.Color' has no field or member type 'BLUE'
            Color c = Color.BLUE;
            return p.x() + p.y() + Color.RED.label().length();
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void ignoresMembersLombokGenerates() {
    tester.addSource("com/acme/model/Customer.java", """
        package com.acme.model;
        import lombok.Builder;
        import lombok.Data;
        @Data
        @Builder
        public class Customer {
          private String name;
          private int age;
        }
        """).addSource("com/acme/model/Account.java", """
        package com.acme.model;
        @lombok.Getter
        public class Account {
          private String iban;
        }
        """).addSource("com/acme/service/CustomerService.java", """
        package com.acme.service;
        import com.acme.model.Account;
        import com.acme.model.Customer;
        import com.acme.model.Customer.CustomerBuilder;
        import lombok.extern.slf4j.Slf4j;
        @Slf4j
        class CustomerService {
          String describe(Account account) {
            CustomerBuilder builder = Customer.builder().name("Ada");
            Customer customer = builder.age(36).build();
            customer.setAge(customer.getAge() + 1);
            log.info("customer {}", customer.getName());
            return account.getIban() + customer.toString();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresCallsLombokExtensionMethodsMayServe() {
    tester.addSource("com/acme/text/Extensions.java", """
        package com.acme.text;
        public class Extensions {
          public static String shout(String s) { return s.toUpperCase() + "!"; }
        }
        """).addSource("com/acme/text/Greeter.java", """
        package com.acme.text;
        import lombok.experimental.ExtensionMethod;
        @ExtensionMethod(Extensions.class)
        class Greeter {
          String greet(String name) {
            return name.shout() + "hello".shout().length();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresImplicitMembersOfRecords() {
    tester.addSource("com/acme/Money.java", """
        package com.acme;
        public record Money(long cents, String currency) {
          public static final Money ZERO = new Money(0, "EUR");
          public Money {
            if (cents < 0) {
              throw new IllegalArgumentException(currency.trim());
            }
          }
          public Money(long cents) {
            this(cents, "EUR");
          }
          public static Money of(long cents) {
            return new Money(cents);
          }
          public Money plus(Money other) {
            return new Money(cents + other.cents(), currency);
          }
        }
        """).addSource("com/acme/Ledger.java", """
        package com.acme;
        class Ledger {
          String total(Money a) {
            record Line(String label, Money amount) {
              String show() { return label + amount.cents(); }
            }
            Line line = new Line("sum", a.plus(Money.ZERO).plus(Money.of(3)));
            return line.show() + line.label().length() + line.amount().currency().trim() + a.equals(a) + a.hashCode();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresImplicitAndDeclaredMembersOfEnums() {
    tester.addSource("com/acme/Status.java", """
        package com.acme;
        public enum Status {
          ACTIVE {
            @Override
            String label() { return "on" + suffix(); }
          },
          INACTIVE;
          String label() { return name().toLowerCase(); }
          static String suffix() { return "!"; }
        }
        """).addSource("com/acme/Report.java", """
        package com.acme;
        import java.util.EnumMap;
        import java.util.EnumSet;
        import java.util.Map;
        class Report {
          String render(Status status) {
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            counts.put(Status.ACTIVE, Status.values().length);
            EnumSet<Status> all = EnumSet.allOf(Status.class);
            switch (status) {
              case ACTIVE:
                return status.label();
              case INACTIVE:
              default:
                break;
            }
            String arrow = switch (status) {
              case ACTIVE -> "a";
              case INACTIVE -> "i";
            };
            return arrow + Status.valueOf("ACTIVE").ordinal() + status.name() + status.compareTo(Status.INACTIVE)
                + Status.values()[0].label() + all.size() + counts.size() + status.getDeclaringClass().getName()
                + Enum.valueOf(Status.class, "ACTIVE");
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresMembersInheritedFromSuperclassesAndInterfaces() {
    tester.addSource("com/acme/Base.java", """
        package com.acme;
        public abstract class Base implements Named {
          protected int count;
          public static class Inner {
            public void touch() {}
          }
          protected void log(String message) {}
        }
        """).addSource("com/acme/Named.java", """
        package com.acme;
        public interface Named {
          String PREFIX = "n:";
          String name();
          default String display() { return PREFIX + name(); }
          static Named of(String name) { return () -> name; }
          interface Visitor { void visit(Named named); }
        }
        """).addSource("com/acme/Child.java", """
        package com.acme;
        class Child extends Base {
          Inner inner = new Inner();
          Visitor visitor = n -> n.display();
          @Override
          public String name() {
            log(PREFIX + count);
            inner.touch();
            visitor.visit(this);
            return display() + Named.of("x").display() + super.toString() + this.count + hashCode();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresReceiversTypedByTypeVariables() {
    // a type variable named like a class shadows it: `value` is a Number here, not a java.lang.String
    tester.addSource("com/acme/Box.java", """
        package com.acme;
        import java.util.List;
        import java.util.Map;
        import java.util.function.Supplier;
        class Box<String extends Number> {
          String value;
          <T> T get(Supplier<T> supplier) { return supplier.get(); }
          <T extends Comparable<T>> T max(List<T> items) { return items.get(0); }
          int run(Map<java.lang.String, List<Integer>> map, List<java.lang.String> list, Supplier<Box<Integer>> boxes) {
            value.intValue();
            get(() -> list).isEmpty();
            max(list).strip();
            boxes.get().value.intValue();
            map.get("k").get(0).floatValue();
            return list.get(0).length() + list.get(0).codePointAt(0);
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresReceiversWhoseTypeNeedsInference() {
    tester.addSource("com/acme/Inference.java", """
        package com.acme;
        import com.acme.users.TestHelper;
        import java.util.List;
        import java.util.stream.Collectors;
        class Inference {
          String run(List<String> names) {
            var helper = new TestHelper();
            helper.createTestUser("a");
            var users = names.stream().map(n -> n.strip()).collect(Collectors.toList());
            users.get(0).isBlank();
            var text = String.join(",", names);
            names.forEach(name -> name.codePoints());
            names.stream().map(x -> x.length()).forEach(len -> len.floatValue());
            for (var name : names) {
              name.trim();
            }
            return text.strip() + helper.name;
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresMethodReferencesThatResolve() {
    tester.addSource("com/acme/Refs.java", """
        package com.acme;
        import com.acme.users.User;
        import java.util.ArrayList;
        import java.util.List;
        import java.util.function.Consumer;
        import java.util.function.Function;
        import java.util.function.Supplier;
        class Refs extends Parent {
          private final List<String> list = new ArrayList<>();
          void run(List<Integer> numbers) {
            Consumer<String> add = list::add;
            Function<Integer, String> valueOf = String::valueOf;
            Function<String, User> create = User::new;
            Function<User, String> name = User::getName;
            Supplier<String> mine = this::describe;
            Supplier<String> parent = super::describe;
            Function<Integer, int[]> arrays = int[]::new;
            numbers.stream().map(Object::toString).map(String::length).forEach(System.out::println);
          }
          @Override
          String describe() { return "refs"; }
        }
        class Parent {
          String describe() { return "parent"; }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresMembersOfAnonymousAndLocalClasses() {
    tester.addSource("com/acme/Tasks.java", """
        package com.acme;
        import java.util.AbstractList;
        import java.util.List;
        class Tasks {
          private int runs;
          List<String> run() {
            Runnable task = new Runnable() {
              int local;
              @Override
              public void run() {
                local++;
                runs++;
                helper();
                toString();
              }
              void helper() {}
            };
            task.run();
            class Counter {
              int next() { return ++runs; }
            }
            new Counter().next();
            return new AbstractList<String>() {
              @Override
              public String get(int index) { return String.valueOf(index + size() + modCount); }
              @Override
              public int size() { return runs; }
            };
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresOuterMembersUsedFromNestedClasses() {
    tester.addSource("com/acme/Outer.java", """
        package com.acme;
        class Outer extends Parent {
          static final String NAME = "outer";
          private int x;
          static String shout() { return NAME.toUpperCase(); }
          String describe() { return "outer"; }
          class Inner {
            int x;
            {
              x = 1;
            }
            int read(int x) {
              this.x = x;
              return Outer.this.x + this.x + x + describe().length() + Outer.super.describe().length();
            }
          }
          static class Nested {
            String run() { return NAME + shout() + Outer.shout(); }
          }
        }
        class Parent {
          String describe() { return "parent"; }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresInterfaceMethodsAndObjectMethodsOnInterfaces() {
    tester.addSource("com/acme/Shape.java", """
        package com.acme;
        interface Shape {
          int SIDES = 0;
          double area();
          default String describe() { return "area " + area(); }
          static Shape unit() { return () -> 1.0; }
        }
        class Square implements Shape {
          public double area() { return 1.0; }
          String all(Shape shape) {
            return shape.describe() + Shape.unit().area() + shape.toString() + shape.hashCode()
                + shape.equals(this) + shape.getClass().getName() + SIDES + Shape.SIDES + Shape.super.describe();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresArrayMembersVarargsAndOverloads() {
    tester.addSource("com/acme/Arrays2.java", """
        package com.acme;
        import com.acme.users.TestHelper;
        import java.util.Arrays;
        import java.util.List;
        class Arrays2 {
          int run(String[] names, int[][] grid, TestHelper helper) {
            String[] copy = names.clone();
            List<String> none = Arrays.asList();
            List<String> some = Arrays.asList("a", "b", "c");
            helper.createTestUser("a", 1);
            helper.createTestUser("a", 1, "x", "y", "z");
            String joined = String.format("%s", "a", "b") + String.join("-", names);
            return names.length + copy.length + grid[0].length + names[0].length() + grid.length
                + none.size() + some.size() + joined.length() + names.getClass().hashCode();
          }
        }
        """).addSource("com/acme/Clones.java", """
        package com.acme;
        class Clones {
          int run(int[] numbers, String[] names) {
            return numbers.clone().length + names.clone()[0].length() + names.clone().length;
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresStaticImportsOnDemandAndSingleStaticImports() {
    tester.addSource("com/acme/Maths.java", """
        package com.acme;
        import static java.lang.Math.*;
        import static java.util.Collections.emptyList;
        import static com.acme.users.TestHelper.LIMIT;
        import static com.acme.users.TestHelper.create;
        class Maths {
          double run() {
            return max(1, 2) + abs(-PI) + emptyList().size() + LIMIT + create().name.length();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresPatternVariablesInEveryScope() {
    tester.addSource("com/acme/Patterns.java", """
        package com.acme;
        import com.acme.users.User;
        class Patterns {
          String run(Object o) {
            if (o instanceof User u && u.getName() != null) {
              return u.getName();
            }
            if (!(o instanceof String s)) {
              return "";
            }
            return s.trim() + (o instanceof Integer i ? i.intValue() : 0);
          }
          String sw(Object o) {
            return switch (o) {
              case User u -> u.getName();
              case String s -> s.strip();
              default -> o.toString();
            };
          }
        }
        """).addSource("com/acme/Wrapper.java", """
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
  void ignoresLocalsOfEveryScopeAndTheFieldsTheyShadow() {
    tester.addSource("com/acme/Files2.java", """
        package com.acme;
        import java.io.BufferedReader;
        import java.io.IOException;
        import java.io.StringReader;
        import java.util.List;
        class Files2 {
          String read(List<String> lines) {
            StringBuilder out = new StringBuilder();
            outer:
            for (String line : lines) {
              for (char c : line.toCharArray()) {
                if (c == '#') {
                  continue outer;
                }
              }
              try (BufferedReader reader = new BufferedReader(new StringReader(line))) {
                out.append(reader.readLine().trim());
              } catch (IOException | IllegalStateException e) {
                out.append(e.getMessage());
              } catch (RuntimeException e) {
                out.append(e.getCause());
              }
            }
            for (int i = 0, n = lines.size(); i < n; i++) {
              out.append(lines.get(i));
            }
            return out.toString();
          }
        }
        """).addSource("com/acme/Shadow.java", """
        package com.acme;
        import java.util.List;
        class Shadow {
          private String value = "";
          private List<String> items;
          Shadow(List<String> items) {
            this.items = items;
          }
          int run(int value) {
            String items = "shadowed";
            return value + items.length() + this.value.length() + this.items.size();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresMembersOfTypesExtendingUnknownTypes() {
    tester.addSource("com/acme/web/Controller.java", """
        package com.acme.web;
        import org.springframework.Foo;
        class Controller extends Foo {
          void run(Controller other) {
            springMethod();
            other.springField.trim();
            this.springField.length();
            Controller.Nested n = new Controller.Nested();
            Callback callback = () -> {};
            callback.call();
          }
        }
        class Anon {
          void run() {
            new org.springframework.Foo() {
              void go() { springMethod(); }
            };
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresPackagesTheIndexCannotFullySee() {
    tester.addSource("com/acme/users/Broken.java", """
        package com.acme.users;
        public class Broken {
          void oops( {
        }
        """).addFile("src/com/acme/model/Extra.kt", """
        package com.acme.model
        class Extra { fun hello() = "hi" }
        """).addSource("com/acme/model/Uses.java", """
        package com.acme.model;
        import com.acme.users.TestHelper;
        class Uses extends Extra {
          void run(TestHelper helper) {
            hello();
            new Extra().hello();
            helper.createTestUser("a");
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresEnumValuesAndConstantsInAnnotations() {
    tester.addSource("com/acme/Marker.java", """
        package com.acme;
        import static java.lang.annotation.ElementType.METHOD;
        import java.lang.annotation.ElementType;
        import java.lang.annotation.Retention;
        import java.lang.annotation.RetentionPolicy;
        import java.lang.annotation.Target;
        @Retention(RetentionPolicy.RUNTIME)
        @Target({ElementType.TYPE, METHOD})
        @interface Marker {
          String value() default Constants.NAME;
          int size() default Constants.SIZE * 2;
        }
        interface Constants {
          String NAME = "marker";
          int SIZE = 4;
        }
        @Marker(value = Constants.NAME, size = Constants.SIZE)
        class Marked {
          @Marker
          void run() {}
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresFullyQualifiedNamesInCode() {
    tester.addSource("com/acme/Qualified.java", """
        package com.acme;
        class Qualified {
          int run() {
            java.util.List<String> list = java.util.Collections.emptyList();
            java.util.Map.Entry<String, String> entry = java.util.Map.entry("a", "b");
            com.acme.users.TestHelper helper = com.acme.users.TestHelper.create();
            return list.size() + entry.getKey().length() + com.acme.users.TestHelper.LIMIT
                + helper.name.length() + java.lang.Integer.MAX_VALUE + System.out.hashCode();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresJdkMembersASubclassDoesNotInherit() {
    // HashMap.Node is package-private and ArrayList.fastRemove private: neither hides the outer names
    tester.addSource("com/acme/Graph.java", """
        package com.acme;
        import java.util.ArrayList;
        import java.util.HashMap;
        import java.util.List;
        class Graph {
          private final List<String> elementData = new ArrayList<>();
          static class Node { void visit() {} }
          static class Cache extends HashMap<String, Node> {
            void visitAll(Node node) { node.visit(); }
          }
          void fastRemove() {}
          class Batch extends ArrayList<String> {
            int drain() {
              fastRemove();
              return elementData.size() + modCount;
            }
          }
        }
        """).expectNoFindings();
  }
}
