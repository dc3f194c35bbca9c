package dev.importhealth.core.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What other files can see of a file: declarations yes, method bodies and plain comments no. */
class ApiShapeTest {

  private static final String BASE = """
      package p;

      import java.util.List;

      /** Users. */
      public class Users {
        static final String PREFIX = "u-";
        // a plain comment
        public static String create(String name) { return PREFIX + name; }
        Users() { System.out.println("made"); }
        static { System.out.println("loaded"); }
        Runnable task = () -> { };
        boolean supportsParameter(Object p) { return p instanceof String; }
      }
      """;

  private static String shape(String text) {
    return ApiShape.ofText(text).orElseThrow();
  }

  @Test
  void bodiesCommentsAndSpacingAreNotSeen() {
    assertThat(shape(BASE.replace("return PREFIX + name;", "String s = name.strip();\n    return PREFIX + s;")))
        .isEqualTo(shape(BASE));
    assertThat(shape(BASE.replace("System.out.println(\"made\");", ""))).isEqualTo(shape(BASE));
    assertThat(shape(BASE.replace("\"loaded\"", "\"ready\""))).isEqualTo(shape(BASE));
    assertThat(shape(BASE.replace("// a plain comment", "// another comment\n\n"))).isEqualTo(shape(BASE));
    assertThat(shape("\n\n" + BASE + "// the end\n")).isEqualTo(shape(BASE));
  }

  @Test
  void declarationsDocsConstantsAndSupportsParameterAreSeen() {
    assertThat(shape(BASE.replace("create(String name)", "createUser(String name)"))).isNotEqualTo(shape(BASE));
    assertThat(shape(BASE.replace("public static String create", "static String create"))).isNotEqualTo(shape(BASE));
    assertThat(shape(BASE.replace("/** Users. */", "/** Users. @deprecated use Accounts */")))
        .isNotEqualTo(shape(BASE));
    assertThat(shape(BASE.replace("\"u-\"", "\"user-\""))).isNotEqualTo(shape(BASE));
    assertThat(shape(BASE.replace("import java.util.List;", "import java.util.*;"))).isNotEqualTo(shape(BASE));
    assertThat(shape(BASE.replace("p instanceof String", "p instanceof Integer"))).isNotEqualTo(shape(BASE));
    assertThat(shape(BASE.replace("Runnable task = () -> { };", "Runnable task = () -> { run(); };")))
        .isNotEqualTo(shape(BASE));
  }

  @Test
  void literalsKeepTheirSpacing() {
    assertThat(shape(BASE.replace("\"u-\"", "\"u -\""))).isNotEqualTo(shape(BASE));
    assertThat(ApiShape.withoutPlainCommentsAndSpacing("a  \"x // y\"  /* z */ b")).isEqualTo("a \"x // y\" b");
  }
}
