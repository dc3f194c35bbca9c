package dev.importhealth.rules;

import dev.importhealth.rules.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * False positives once seen on real open-source code that compiles, each reduced to its
 * essence (the project it came from is named). None of them may ever come back.
 */
class RealCodeRegressionTest {

  @Test
  void ignoresIdenticalNestedDeclarationsInOneFile() {
    // jackson-databind ExternalTypeCustomResolverTest: JavaParser nodes compare structurally
    RuleTester.of(new UnresolvedType()).addSource("com/acme/Outer.java", """
        package com.acme;
        class Outer {
          static class A { interface Details { interface Builder {} } static class Card implements Details {} }
          static class B { interface Details { interface Builder {} } static class Card implements Details {}
            Class<? extends Details.Builder> builder; }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresStaticMethodsOfSuperinterfacesWhenAStaticImportProvidesTheName() {
    // assertj Assertions implements InstanceOfAssertFactories, whose static stream(Class) is
    // not inherited (JLS 8.4.8), so stream(array) is java.util.Arrays.stream
    RuleTester.of(new UnresolvedMember()).addSource("com/acme/Factories.java", """
        package com.acme;
        interface Factories {
          static Factories stream(Class<?> type) { return null; }
        }
        """).addSource("com/acme/Checks.java", """
        package com.acme;
        import static java.util.Arrays.stream;
        class Checks implements Factories {
          static boolean none(Object... values) {
            return stream(values).allMatch(java.util.Objects::nonNull);
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void prefersASingleStaticImportOverAnOnDemandOne() {
    // async-http-client: import static CoreMatchers.* and import static Matchers.any
    RuleTester.of(new UnresolvedMember()).addSource("com/acme/Matchers.java", """
        package com.acme;
        public class Matchers { public static <T> T any() { return null; } }
        """).addSource("com/acme/Core.java", """
        package com.acme;
        public class Core { public static Object any(Class<?> type) { return null; } }
        """).addSource("com/acme/UseTest.java", """
        package com.acme;
        import static com.acme.Core.*;
        import static com.acme.Matchers.any;
        class UseTest { Object m() { return any(); } }
        """).expectNoFindings();
  }

  @Test
  void ignoresLombokValLocals() {
    // async-http-client AsyncHttpClientCall: lombok.val locals have an inferred type
    RuleTester.of(new UnresolvedMember()).addSource("com/acme/Call.java", """
        package com.acme;
        import lombok.val;
        class Call {
          boolean m(java.util.concurrent.Future<String> future) {
            val f = future;
            return f.isDone();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void treatsTheJdkAsIncompleteWhenTheBuildTargetsANewerRelease() {
    // assertj-tests: <java.version>25</java.version>, List.getFirst() is Java 21 API
    RuleTester.of(new UnresolvedMember())
        .addFile("pom.xml", """
            <project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId>
              <version>1</version><properties><java.version>99</java.version></properties></project>
            """)
        .addFile("src/main/java/com/acme/First.java", """
            package com.acme;
            class First { String m(java.util.List<String> list) { return list.getFirst(); } }
            """)
        .expectNoFindings();
  }

  @Test
  void ignoresJdkTypesRemovedAfterAReleaseTheBuildMayTarget() {
    // commons-compress 1.20 uses java.util.jar.Pack200 (removed in 14) and builds with
    // maven.compiler.release 9, from a profile; javac reads release 9's API from ct.sym
    String pom = """
        <project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId>
          <version>1</version><properties><maven.compiler.source>1.7</maven.compiler.source></properties>
          <profiles><profile><id>java9+</id><properties><maven.compiler.release>9</maven.compiler.release>
          </properties></profile></profiles></project>
        """;
    String packer = """
        package com.acme;
        import java.util.jar.*;
        class Packer {
          Pack200.Packer packer = Pack200.newPacker();
          java.util.jar.Pack200.Unpacker unpacker = java.util.jar.Pack200.newUnpacker();
          void run(JarFile jar) throws java.io.IOException { packer.pack(jar, System.out); }
        }
        """;
    for (var rule : List.of(new UnresolvedType(), new UnresolvedPackage(), new UnresolvedMember())) {
      RuleTester.of(rule).addFile("pom.xml", pom).addFile("src/main/java/com/acme/Packer.java", packer)
          .expectNoFindings();
    }
  }

  @Test
  void flagsMissingJdkMembersWhenTheBuildTargetsThisRelease() {
    RuleTester.of(new UnresolvedMember())
        .addSource("com/acme/First.java", """
            package com.acme;
            class First {
              // FINDING: type 'java.util.List' has no method 'firstElement'
              String m(java.util.List<String> list) { return list.firstElement(); }
            }
            """)
        .expectFindingsAsMarked();
  }

  @Test
  void ignoresMembersSupertypesDoNotPassOn() {
    // JLS 8.2: private members are not inherited, package-private ones only within the package,
    // so these names are the enclosing class's (javac compiles this)
    RuleTester.of(new UnresolvedMember()).addSource("com/acme/base/Base.java", """
        package com.acme.base;
        public class Base {
          private String label;
          void hidden(int a) {}
          private void helper(int a) {}
          private static class Node {}
        }
        """).addSource("com/acme/Outer.java", """
        package com.acme;
        class Outer {
          java.util.List<String> label;
          void helper() {}
          void hidden() {}
          static class Node { void visit() {} }
          class Inner extends com.acme.base.Base {
            int n(Node node) { helper(); hidden(); node.visit(); return label.size(); }
          }
        }
        """).expectNoFindings();
  }

  @Test
  void flagsAPrivateSupertypeMemberUsedThroughASubtype() {
    RuleTester.of(new UnresolvedMember()).addSource("com/acme/Base.java", """
        package com.acme;
        class Base { private void secret() {} void open() {} }
        """).addSource("com/acme/Sub.java", """
        package com.acme;
        class Sub extends Base {
          void m() {
            open();
            // FINDING: no method 'secret' is declared in 'com.acme.Sub'
            secret();
          }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void prefersTheJdksClassesOverSourceStubsOfThem() {
    // netty's varhandle-stub: a source java.lang.invoke.MethodHandle without invokeExact, for
    // building on old JDKs; javac takes the platform's class, and the stub is never judged
    RuleTester.of(new UnresolvedMember()).addSource("java/lang/invoke/MethodHandle.java", """
        package java.lang.invoke;
        public abstract class MethodHandle {
          public MethodHandle asType(MethodType type) { return this; }
          void stubOnly() { missingEverywhere(); }
        }
        """).addSource("com/acme/Linker.java", """
        package com.acme;
        import java.lang.invoke.MethodHandle;
        class Linker {
          Object call(MethodHandle handle) throws Throwable { return handle.invokeExact("x"); }
        }
        """).expectNoFindings();
  }

  @Test
  void resolvesThisInTheArgumentsOfAnAnonymousClassAsTheEnclosingInstance() {
    // maven Binding.initializeWith: new Binding<T>(..., this.scope, this.priority) { ... }
    RuleTester.of(new UnresolvedMember()).addSource("com/acme/Binding.java", """
        package com.acme;
        class Binding {
          private String scope;
          Binding(String scope) { this.scope = scope; }
          Binding copy() { return new Binding(this.scope) { @Override public String toString() { return "copy"; } }; }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresACastMethodReference() {
    // maven SmartProjectComparator: (ToLongFunction<MavenProject>) this::getProjectWeight
    RuleTester.of(new UnresolvedMember()).addSource("com/acme/Weights.java", """
        package com.acme;
        import java.util.function.ToLongFunction;
        class Weights {
          long weight(String s) { return s.length(); }
          ToLongFunction<String> f() { return (ToLongFunction<String>) this::weight; }
        }
        """).expectNoFindings();
  }

  @Test
  void ignoresMembersOfAClassThatTwoModulesDeclare() {
    // maven's core-it plugins each carry their own org.apache.maven.plugin.coreit.PropertiesUtil
    RuleTester.of(new UnresolvedMember())
        .addFile("a/src/main/java/com/acme/Util.java", "package com.acme;\npublic class Util { public static void read() {} }\n")
        .addFile("b/src/main/java/com/acme/Util.java", "package com.acme;\npublic class Util { public static void write() {} }\n")
        .addFile("b/src/main/java/com/acme/Use.java", "package com.acme;\nclass Use { void m() { Util.write(); Util.read(); } }\n")
        .expectNoFindings();
  }
}
