package dev.importhealth.rules.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.importhealth.core.structure.Structures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code @deprecated} Javadoc tag says: the replacement it names ({@code {@link}}, "use X
 * instead"), qualified against the declaring file, or its first sentence to quote.
 */
public final class DeprecationNotes {

  /** An inline {@code {@link ref label}}, {@code {@linkplain ...}} or {@code {@code ...}} tag. */
  private static final Pattern INLINE = Pattern.compile("\\{@(link|linkplain|code)\\s+([^{}]*)}");
  /** A Javadoc reference: {@code Type}, {@code a.b.Type#member}, {@code #member(int, String...)}. */
  private static final Pattern REFERENCE =
      Pattern.compile("^([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)?(#[A-Za-z_$][\\w$]*)?(\\([^)]*\\))?");
  private static final String QUALIFIED_CODE = "[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+(\\([^)]*\\))?";
  private static final Pattern CUE = Pattern.compile(
      "(?i)\\b(use|using|replaced (by|with)|superseded by|in favou?r of|migrate to|switch to)\\s+((a|an|the)\\s+)?$");
  private static final Pattern INSTEAD = Pattern.compile("(?i)^\\s*(instead\\b|should be used\\b)");
  private static final Pattern MORE = Pattern.compile("(?i)^\\s*(,\\s*(or|and)?|or|and|/)\\s*\\{@");
  private static final Pattern PLAIN = Pattern.compile(
      "(?i)\\buse\\s+((?:a|an|the)\\s+)?([A-Za-z_$][\\w$]*(?:[.#][A-Za-z_$][\\w$]*)*(?:\\([^)]*\\))?)\\s+instead\\b");

  private DeprecationNotes() {}

  /**
   * The one replacement the {@code @deprecated} text names after "use", "replaced by", "superseded
   * by", "in favor of" (or before "instead"), qualified where the declaring file's scope says what
   * it is; empty when it names none, or several.
   */
  public static Optional<String> replacement(String comment, Node declaration, Structures structures) {
    String text = comment.replaceAll("\\s+", " ");
    Matcher inline = INLINE.matcher(text);
    while (inline.find()) {
      String before = text.substring(0, inline.start());
      before = before.substring(before.lastIndexOf(". ") + 1);
      String after = text.substring(inline.end());
      if (!CUE.matcher(before).find() && !INSTEAD.matcher(after).find()) {
        continue;
      }
      if (MORE.matcher(after).find() && !INSTEAD.matcher(after).find()) {
        return Optional.empty(); // "use a, b or c": a choice, not a replacement
      }
      String content = inline.group(2).trim();
      Matcher reference = REFERENCE.matcher(content);
      boolean code = inline.group(1).equals("code");
      if (!reference.find() || reference.end() == 0
          || (code && (reference.end() != content.length() || !looksLikeName(content)))) {
        return Optional.empty();
      }
      // {@link Strings#equals(CharSequence, CharSequence) Strings.CS.equals(CharSequence, CharSequence)}:
      // a label that is the same type's qualified code says what to write
      String label = content.substring(reference.end()).trim();
      String written = label.matches(QUALIFIED_CODE) && reference.group().matches("[\\w$]+[#.(].*")
          && label.split("[.(]")[0].equals(reference.group().split("[#.(]")[0]) ? label : reference.group();
      return Optional.of(qualified(written, declaration, structures));
    }
    Matcher plain = PLAIN.matcher(text);
    if (plain.find() && looksLikeName(plain.group(2))) {
      return Optional.of(qualified(plain.group(2), declaration, structures));
    }
    return Optional.empty();
  }

  private static boolean looksLikeName(String text) {
    return text.matches(".*[.#(].*") || Character.isUpperCase(text.charAt(0));
  }

  /** {@code Type#m(..)} with Type qualified: an enclosing or member type, an import, the package, java.lang. */
  private static String qualified(String reference, Node declaration, Structures structures) {
    Matcher head = Pattern.compile("^[A-Za-z_$][\\w$]*").matcher(reference);
    if (!head.find()) {
      TypeDeclaration<?> owner = declaration instanceof TypeDeclaration<?> t ? t
          : declaration.findAncestor(TypeDeclaration.class).orElseThrow();
      return Deprecations.typeName(owner) + reference; // #member
    }
    String rest = reference.substring(head.end());
    return resolveSimple(head.group(), declaration, structures).map(q -> q + rest).orElse(reference);
  }

  private static Optional<String> resolveSimple(String simple, Node declaration, Structures structures) {
    for (Node n = declaration; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> type) {
        if (type.getNameAsString().equals(simple)) {
          return Optional.of(Deprecations.typeName(type));
        }
        for (BodyDeclaration<?> member : type.getMembers()) {
          if (member instanceof TypeDeclaration<?> nested && nested.getNameAsString().equals(simple)) {
            return Optional.of(Deprecations.typeName(nested));
          }
        }
      }
    }
    CompilationUnit unit = declaration.findCompilationUnit().orElseThrow();
    for (ImportDeclaration imp : unit.getImports()) {
      if (!imp.isStatic() && !imp.isAsterisk() && imp.getName().getIdentifier().equals(simple)) {
        return Optional.of(imp.getNameAsString());
      }
    }
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
    if (!Character.isUpperCase(simple.charAt(0))) {
      return Optional.empty(); // a package: the name is qualified already
    }
    List<String> found = new ArrayList<>();
    if (structures.type(pkg + simple).isPresent()) {
      return Optional.of(pkg + simple);
    }
    if (structures.type("java.lang." + simple).isPresent()) {
      return Optional.of("java.lang." + simple);
    }
    for (ImportDeclaration imp : unit.getImports()) {
      if (!imp.isStatic() && imp.isAsterisk() && structures.type(imp.getNameAsString() + "." + simple).isPresent()) {
        found.add(imp.getNameAsString() + "." + simple);
      }
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The first sentence of the tag as plain text, when it is short enough to quote. */
  public static Optional<String> reason(String comment) {
    String text = INLINE.matcher(comment).replaceAll(m -> Matcher.quoteReplacement(label(m.group(2).trim())))
        .replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").trim();
    int end = text.indexOf(". ");
    text = (end >= 0 ? text.substring(0, end) : text).replaceAll("[.\\s]+$", "");
    if (text.isEmpty() || text.length() > 100) {
      return Optional.empty();
    }
    boolean lower = text.length() > 1 && Character.isLowerCase(text.charAt(1));
    return Optional.of(lower ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text);
  }

  private static String label(String content) {
    Matcher reference = REFERENCE.matcher(content);
    if (reference.find() && reference.end() > 0 && reference.end() < content.length()) {
      return content.substring(reference.end()).trim(); // {@link Foo#bar() the label}
    }
    String target = reference.end() > 0 ? reference.group() : content;
    return target.startsWith("#") ? target.substring(1) : target.replace('#', '.');
  }
}
