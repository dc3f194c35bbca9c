package dev.importhealth.rules;

import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class Junit4MisdeclaredTest {

  private static RuleTester tester() {
    return RuleTester.of(new Junit4Misdeclared()).withTestFrameworks();
  }

  @Test
  void flagsLifecycleMethodsWithTheWrongModifiers() {
    tester().addSource("com/acme/AccountTest.java", """
        package com.acme;
        import org.junit.*;
        public class AccountTest {
          // FINDING: at run time it fails with "Method init() should be static"
          @BeforeClass public void init() {}
          // FINDING: "Method shutdown() should be public"
          @AfterClass static void shutdown() {}
          // FINDING: "Method setUp() should not be static"
          @Before public static void setUp() {}
          // FINDING: "Method tearDown() should be public"
          @After protected void tearDown() {}
          // FINDING: "Method hidden() should be public"
          @Test void hidden() {}
          // FINDING: "Method counts() should be void"
          @Test public int counts() { return 1; }
          // FINDING: "Method takes should have no parameters"
          @Test public void takes(String s) {}
          @Test public void fine() {}
          @BeforeClass public static void fineToo() {}
          void helper() {}
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsNonPublicClassesAndConstructorsWithParameters() {
    tester().addSource("com/acme/HiddenTest.java", """
        package com.acme;
        import org.junit.Test;
        // FINDING: "The class com.acme.HiddenTest is not public."
        class HiddenTest {
          @Test public void t() {}
        }
        """).addSource("com/acme/ArgsTest.java", """
        package com.acme;
        import org.junit.Test;
        public class ArgsTest {
          // FINDING: "Test class should have exactly one public zero-argument constructor"
          public ArgsTest(String name) {}
          @Test public void t() {}
        }
        """).addSource("com/acme/AbstractBase.java", """
        package com.acme;
        import org.junit.Test;
        abstract class AbstractBase {
          @Test public void inherited() {}
        }
        """).addSource("com/acme/Outer.java", """
        package com.acme;
        import org.junit.Test;
        public class Outer {
          static class Nested { @Test public void t() {} }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsRulesTheRunnerRejects() {
    tester().addSource("com/acme/RulesTest.java", """
        package com.acme;
        import org.junit.*;
        import org.junit.rules.TemporaryFolder;
        import org.junit.rules.TestRule;
        public class RulesTest {
          // FINDING: "The @Rule 'folder' must be public."
          @Rule TemporaryFolder folder = new TemporaryFolder();
          // FINDING: "The @Rule 'shared' must not be static or it must be annotated with @ClassRule."
          @Rule public static TestRule shared = null;
          // FINDING: "The @ClassRule 'server' must be static."
          @ClassRule public TestRule server = null;
          // FINDING: "The @ClassRule 'db' must be public."
          @ClassRule static TestRule db = null;
          // FINDING: "The @Rule 'name' must implement MethodRule or TestRule."
          @Rule public Helper name = new Helper();
          @Rule public TemporaryFolder ok = new TemporaryFolder();
          @ClassRule @Rule public static TestRule both = null;
          @Test public void t() {}
        }
        """).addSource("com/acme/Helper.java", """
        package com.acme;
        public class Helper {}
        """).expectFindingsAsMarked();
  }

  @Test
  void flagsParameterizedClassesWithoutAPublicStaticParametersMethod() {
    tester().addSource("com/acme/SumTest.java", """
        package com.acme;
        import java.util.List;
        import org.junit.Test;
        import org.junit.runner.RunWith;
        import org.junit.runners.Parameterized;
        import org.junit.runners.Parameterized.Parameter;
        import org.junit.runners.Parameterized.Parameters;
        @RunWith(Parameterized.class)
        // FINDING: "No public static parameters method on class com.acme.SumTest". Make data() public and static.
        public class SumTest {
          @Parameters static List<Object[]> data() { return List.of(); }
          @Parameter(0) public int a;
          // FINDING: "Cannot set parameter 'b'. Ensure that the field 'b' is public."
          @Parameter(1) int b;
          @Test public void t() {}
        }
        """).addSource("com/acme/GoodTest.java", """
        package com.acme;
        import java.util.List;
        import org.junit.Test;
        import org.junit.runner.RunWith;
        import org.junit.runners.Parameterized;
        @RunWith(Parameterized.class)
        public class GoodTest extends GoodBase {
          @Test public void t() {}
        }
        """).addSource("com/acme/GoodBase.java", """
        package com.acme;
        import java.util.List;
        import org.junit.runners.Parameterized.Parameters;
        public abstract class GoodBase {
          @Parameters public static List<Object[]> data() { return List.of(); }
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void staysSilentForUnknownRunnersIgnoredAndJUnit3Classes() {
    tester().addSource("com/acme/CustomTest.java", """
        package com.acme;
        import org.junit.Test;
        import org.junit.runner.RunWith;
        @RunWith(com.acme.MyRunner.class)
        class CustomTest {
          @Test void t() {}
        }
        """).addSource("com/acme/IgnoredTest.java", """
        package com.acme;
        import org.junit.Ignore;
        import org.junit.Test;
        @Ignore
        class IgnoredTest {
          @Test void t() {}
        }
        """).addSource("com/acme/Legacy.java", """
        package com.acme;
        import org.junit.Test;
        public class Legacy extends some.unknown.Base {
          @Test void t() {}
        }
        """).addSource("com/acme/JupiterTest.java", """
        package com.acme;
        import org.junit.jupiter.api.Test;
        class JupiterTest {
          @Test void t() {}
        }
        """).expectNoFindings();
  }

  @Test
  void worksFromImportsAndStaysSilentOnWildcardsWithoutAClasspath() {
    RuleTester.of(new Junit4Misdeclared()).addSource("com/acme/ExplicitTest.java", """
        package com.acme;
        import org.junit.Before;
        import org.junit.Rule;
        import org.junit.Test;
        import org.junit.rules.TestRule;
        public class ExplicitTest {
          // static @Rule fields were fine up to JUnit 4.11: without the jar the version is unknown
          @Rule public static TestRule shared = null;
          // FINDING: "Method setUp() should be public"
          @Before void setUp() {}
          @Test public void t() {}
        }
        """).addSource("com/acme/WildcardTest.java", """
        package com.acme;
        import org.junit.*;
        import org.junit.runner.*;
        @RunWith(Unknown.class)
        class WildcardTest {
          @Test void t() {}
        }
        """).expectFindingsAsMarked();
  }
}
