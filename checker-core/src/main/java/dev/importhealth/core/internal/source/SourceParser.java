package dev.importhealth.core.internal.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import dev.importhealth.core.internal.project.JavaPackageReader;
import dev.importhealth.core.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.zip.CRC32C;

/** Parses one source file; a syntax error is a result, not an exception. */
public final class SourceParser {

  /**
   * A parsed file, or the first syntax problem and the package the file claims to be in.
   *
   * @param checksum of the text as read, to tell later whether the file changed since
   */
  public record ParsedFile(
      SourceFile file, Optional<CompilationUnit> unit, Optional<String> problem, int problemLine,
      int problemColumn, String packageName, long checksum) {}

  /** A checksum of a file's text: cheap, and enough to tell that the file was edited meanwhile. */
  public static long checksum(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return crc.getValue() ^ ((long) bytes.length << 32);
  }


  private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
      new ParserConfiguration()
          .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
          .setAttributeComments(false)));

  private SourceParser() {}

  /** The parser's first sentence, without its list of every token it would have accepted. */
  static String brief(String message) {
    String first = message.lines().findFirst().orElse("syntax error").strip();
    int expected = first.indexOf(", expected one of");
    if (expected > 0) {
      first = first.substring(0, expected);
    }
    return first.length() > 160 ? first.substring(0, 157) + "..." : first;
  }

  /**
   * Every node links to its tokens, and the tokens of a file form one linked list, so a single
   * kept node keeps every token of its file alive: about two thirds of an AST's memory. Only
   * positions are needed after parsing.
   */
  private static void keepRangesDropTokens(CompilationUnit unit) {
    unit.walk(node -> {
      var range = node.getRange().orElse(null);
      node.setTokenRange(null);
      if (range != null) {
        node.setRange(range);
      }
    });
  }

  public static ParsedFile parse(SourceFile file) throws IOException {
    return parse(file, Files.readAllBytes(file.path()));
  }

  /** A tree of {@code text}, or empty when it does not parse (another version of a file, from git). */
  public static Optional<CompilationUnit> parseText(String text) {
    ParseResult<CompilationUnit> result = PARSER.get().parse(text);
    return result.isSuccessful() ? result.getResult() : Optional.empty();
  }

  /** Parses text already read from {@code file}. */
  public static ParsedFile parse(SourceFile file, byte[] bytes) {
    long checksum = checksum(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    ParseResult<CompilationUnit> result = PARSER.get().parse(text);
    if (result.isSuccessful() && result.getResult().isPresent()) {
      CompilationUnit unit = result.getResult().get();
      keepRangesDropTokens(unit);
      DeprecatedDocs.attach(unit, text, result.getCommentsCollection());
      SuppressionMarks.attach(unit, text, result.getCommentsCollection());
      String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
      return new ParsedFile(file, Optional.of(unit), Optional.empty(), 0, 0, pkg, checksum);
    }
    Problem problem = result.getProblems().get(0);
    int line = 1;
    int column = 1;
    Optional<TokenRange> location = problem.getLocation();
    if (location.isPresent() && location.get().getBegin().getRange().isPresent()) {
      line = location.get().getBegin().getRange().get().begin.line;
      column = location.get().getBegin().getRange().get().begin.column;
    }
    String pkg = JavaPackageReader.packageOf(text).orElse("");
    String message = brief(problem.getMessage());
    return new ParsedFile(file, Optional.empty(), Optional.of(message), Math.max(line, 1), Math.max(column, 1), pkg, checksum);
  }
}
