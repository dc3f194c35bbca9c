package dev.importhealth.rules;

import dev.importhealth.rules.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DataProviderNotFoundTest {

  private static RuleTester tester() {
    return RuleTester.of(new DataProviderNotFound()).withTestFrameworks();
  }

  @Test
  void flagsUnknownNameAndSuggestsTheProviderTheClassHas() {
    tester().addSource("com/acme/PriceTest.java", """
        package com.acme;
        import org.testng.annotations.DataProvider;
        import org.testng.annotations.Test;
        public class PriceTest {
          @DataProvider(name = "validPrices")
          public Object[][] prices() { return new Object[][] {{1}}; }
          @DataProvider
          public Object[][] currencies() { return new Object[][] {{"EUR"}}; }
          public Object[][] undeclared() { return new Object[][] {{1}}; }

          // FINDING: at run time it fails with "Method com.acme.PriceTest.rejects(int) requires a @DataProvider named : validPrice". Did you mean 'validPrices'?
          @Test(dataProvider = "validPrice")
          public void rejects(int price) {}
          @Test(dataProvider = "validPrices")
          public void accepts(int price) {}
          @Test(dataProvider = "currencies")
          public void byMethodName(String currency) {}
          // FINDING: requires a @DataProvider named : prices"
          @Test(dataProvider = "prices")
          public void byMethodNameWhenTheProviderHasOne(int price) {}
          // FINDING: requires a @DataProvider named : undeclared"
          @Test(dataProvider = "undeclared")
          public void methodWithoutTheAnnotation(int price) {}
          @Test
          public void plain() {}
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void searchesTheDataProviderClassOnly() {
    tester().addSource("com/acme/data/Prices.java", """
        package com.acme.data;
        import org.testng.annotations.DataProvider;
        public class Prices {
          @DataProvider(name = "valid")
          public Object[][] valid() { return new Object[][] {{1}}; }
        }
        """).addSource("com/acme/PriceTest.java", """
        package com.acme;
        import com.acme.data.Prices;
        import org.testng.annotations.DataProvider;
        import org.testng.annotations.Test;
        public class PriceTest {
          @DataProvider(name = "local")
          public Object[][] local() { return new Object[][] {{1}}; }
          @Test(dataProvider = "valid", dataProviderClass = Prices.class)
          public void accepts(int price) {}
          // FINDING: requires a @DataProvider named : local in class com.acme.data.Prices"
          @Test(dataProvider = "local", dataProviderClass = Prices.class)
          public void notInTheProviderClass(int price) {}
          @Test(dataProvider = "local", dataProviderClass = Object.class)
          public void objectMeansNone(int price) {}
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void findsPublicAndProtectedInheritedProvidersButNotPrivateOnes() {
    tester().addSource("com/acme/base/BaseTest.java", """
        package com.acme.base;
        import org.testng.annotations.DataProvider;
        public abstract class BaseTest {
          @DataProvider public Object[][] shared() { return new Object[][] {{1}}; }
          @DataProvider protected Object[][] guarded() { return new Object[][] {{1}}; }
          @DataProvider Object[][] packaged() { return new Object[][] {{1}}; }
          @DataProvider private Object[][] hidden() { return new Object[][] {{1}}; }
        }
        """).addSource("com/acme/UserTest.java", """
        package com.acme;
        import com.acme.base.BaseTest;
        import org.testng.annotations.Test;
        public class UserTest extends BaseTest {
          @Test(dataProvider = "shared") public void a(int i) {}
          @Test(dataProvider = "guarded") public void b(int i) {}
          // FINDING: com.acme.base.BaseTest.packaged() is package-private in another package
          @Test(dataProvider = "packaged") public void c(int i) {}
          // FINDING: A superclass declares it, but com.acme.base.BaseTest.hidden() is private, so TestNG does not see it
          @Test(dataProvider = "hidden") public void d(int i) {}
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void searchesEachConcreteSubclassOfAnAbstractTestAndFlagsDuplicates() {
    tester().addSource("com/acme/AbstractTest.java", """
        package com.acme;
        import org.testng.annotations.Test;
        public abstract class AbstractTest {
          // FINDING: TestNG cannot find the data provider 'rows' for test com.acme.AbstractTest.t(int) (run in com.acme.Second)
          @Test(dataProvider = "rows") public void t(int i) {}
        }
        """).addSource("com/acme/First.java", """
        package com.acme;
        import org.testng.annotations.DataProvider;
        public class First extends AbstractTest {
          @DataProvider public Object[][] rows() { return new Object[][] {{1}}; }
        }
        """).addSource("com/acme/Second.java", """
        package com.acme;
        public class Second extends AbstractTest {}
        """).addSource("com/acme/Orphan.java", """
        package com.acme;
        import org.testng.annotations.Test;
        public abstract class Orphan {
          @Test(dataProvider = "nothing") public void t(int i) {}
        }
        """).addSource("com/acme/Twice.java", """
        package com.acme;
        import org.testng.annotations.DataProvider;
        import org.testng.annotations.Test;
        public class Twice {
          @DataProvider(name = "rows") public Object[][] a() { return new Object[][] {{1}}; }
          @DataProvider(name = "rows") public Object[][] b() { return new Object[][] {{1}}; }
          // FINDING: "Found two providers called 'rows' on class com.acme.Twice"
          @Test(dataProvider = "rows") public void t(int i) {}
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void usesTheClassLevelTestForAnEmptyMethodValue() {
    tester().addSource("com/acme/ClassLevelTest.java", """
        package com.acme;
        import org.testng.annotations.DataProvider;
        import org.testng.annotations.Test;
        @Test(dataProvider = "row")
        public class ClassLevelTest {
          @DataProvider public Object[][] rows() { return new Object[][] {{1}}; }
          @Test
          // FINDING: requires a @DataProvider named : row". Did you mean 'rows'?
          public void fromClass(int i) {}
          @Test(dataProvider = "rows")
          public void ownValueWins(int i) {}
        }
        """).expectFindingsAsMarked();
  }

  @Test
  void staysSilentWhenAListenerMayRewriteAnnotations() {
    String test = """
        package com.acme;
        import org.testng.annotations.Test;
        @org.testng.annotations.Listeners(com.acme.Transformer.class)
        public class PriceTest {
          @Test(dataProvider = "missing") public void t(int i) {}
        }
        """;
    tester().addSource("com/acme/PriceTest.java", test).addSource("com/acme/Transformer.java", """
        package com.acme;
        public class Transformer implements org.testng.IAnnotationTransformer {}
        """).expectNoFindings();
    tester().addSource("com/acme/PriceTest.java", test).addSource("com/acme/Transformer.java", """
        package com.acme;
        public class Transformer extends some.library.Listener {}
        """).expectNoFindings();
    tester().addSource("com/acme/PriceTest.java", test.replace("@org.testng.annotations.Listeners(com.acme.Transformer.class)", ""))
        .addFile("src/META-INF/services/org.testng.ITestNGListener", "com.acme.Other\n").expectNoFindings();
    tester().addSource("com/acme/PriceTest.java", test.replace("@org.testng.annotations.Listeners(com.acme.Transformer.class)", ""))
        .addFile("testng.xml", "<suite><listeners><listener class-name=\"x.Y\"/></listeners></suite>").expectNoFindings();
  }

  @Test
  void judgesListenersThatCannotTransform() {
    tester().addSource("com/acme/PriceTest.java", """
        package com.acme;
        import org.testng.annotations.Listeners;
        import org.testng.annotations.Test;
        @Listeners(Reporting.class)
        public class PriceTest {
          // FINDING: requires a @DataProvider named : missing"
          @Test(dataProvider = "missing") public void t(int i) {}
        }
        """).addSource("com/acme/Reporting.java", """
        package com.acme;
        public class Reporting implements org.testng.ITestListener {}
        """).expectFindingsAsMarked();
  }

  @Test
  void staysSilentWhenTheHierarchyOrAnnotationsCannotBeRead() {
    RuleTester.of(new DataProviderNotFound()).addSource("com/acme/PriceTest.java", """
        package com.acme;
        import org.testng.annotations.*;
        public class PriceTest extends some.unknown.Base {
          @Test(dataProvider = "missing") public void t(int i) {}
        }
        """).addSource("com/acme/Other.java", """
        package com.acme;
        import org.testng.annotations.Test;
        import static com.acme.Names.ROWS;
        public class Other {
          @Test(dataProvider = ROWS) public void t(int i) {}
          @Test(dataProvider = "x", dataProviderDynamicClass = "com.acme.Dynamic") public void u(int i) {}
        }
        """).expectNoFindings();
  }

  @Test
  void worksFromImportsWithoutAClasspath() {
    RuleTester.of(new DataProviderNotFound()).addSource("com/acme/PriceTest.java", """
        package com.acme;
        import org.testng.annotations.DataProvider;
        import org.testng.annotations.Test;
        public class PriceTest {
          @DataProvider public Object[][] rows() { return new Object[][] {{1}}; }
          // FINDING: Did you mean 'rows'?
          @Test(dataProvider = "row") public void t(int i) {}
          @Test(dataProvider = "rows") public void u(int i) {}
        }
        """).expectFindingsAsMarked();
  }
}
