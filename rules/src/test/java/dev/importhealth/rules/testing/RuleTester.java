package dev.importhealth.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Rule;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.engine.AnalysisResult;
import dev.importhealth.core.engine.CheckRequest;
import dev.importhealth.core.engine.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one rule on inline sources and checks its findings against markers in those sources.
 *
 * <p>A line {@code // FINDING: text} expects a finding of the rule under test on the next line
 * that is not a marker, whose message contains {@code text}. The check is exhaustive both ways:
 * a finding on a line without a marker fails, and so does a marker without a finding.
 *
 * <pre>{@code
 * RuleTester.of(new UnresolvedImport())
 *     .addSource("com/acme/App.java", """
 *         package com.acme;
 *         // FINDING: type 'Gone' does not exist in package 'com.acme'
 *         import com.acme.Gone;
 *         class App {}
 *         """)
 *     .expectFindingsAsMarked();
 * }</pre>
 */
public final class RuleTester {

  private static final Pattern MARKER = Pattern.compile("^\\s*// FINDING: (.*)$");

  private final Rule rule;
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, String> otherFiles = new LinkedHashMap<>();
  private final Map<String, String> earlierSources = new LinkedHashMap<>();
  private final List<String> deletedAfterCommit = new ArrayList<>();
  private final List<String> classpath = new ArrayList<>();
  private List<Path> mavenTestClasspath;

  private RuleTester(Rule rule) {
    this.rule = rule;
  }

  public static RuleTester of(Rule rule) {
    return new RuleTester(rule);
  }

  /** A Java source at a path relative to the source root, e.g. {@code com/acme/App.java}. */
  public RuleTester addSource(String path, String text) {
    sources.put(path, text);
    return this;
  }

  /**
   * A Java source that the project had in an earlier commit: with any of these, the test project is
   * a git repository with two commits, the earlier sources then the current files, so that git
   * sees an earlier source and a similar current one at another path as a rename.
   */
  public RuleTester addEarlierSource(String path, String text) {
    earlierSources.put(path, text);
    return this;
  }

  /** A current source deleted after the last commit: git still has it, the index does not. */
  public RuleTester deleteAfterCommit(String path) {
    deletedAfterCommit.add(path);
    return this;
  }

  /** {@code import-health.yaml} for the test project. */
  public RuleTester withConfig(String yaml) {
    otherFiles.put("import-health.yaml", yaml);
    return this;
  }

  /** Any other file of the project (a Kotlin source, a pom), relative to the project root. */
  public RuleTester addFile(String path, String text) {
    otherFiles.put(path, text);
    return this;
  }

  /** Run with an explicit classpath entry (so the classpath counts as given). */
  public RuleTester withClasspath(String entry) {
    classpath.add(entry);
    return this;
  }

  /**
   * Run with the test frameworks the fixture rules model (JUnit 5.11, JUnit 4, TestNG, Mockito,
   * Spring test) as the classpath, as the build copies them to {@code target/test-frameworks}.
   */
  public RuleTester withTestFrameworks() {
    Path directory = Path.of("target/test-frameworks").toAbsolutePath();
    try (var jars = Files.list(directory)) {
      jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> classpath.add(p.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("the build copies the test frameworks to " + directory, e);
    }
    return this;
  }

  /**
   * Run as with {@code --maven-classpath}, Maven having resolved the root module's test classpath
   * to those of the test frameworks' jars whose file names pass {@code jarName}; needs a
   * {@code pom.xml} at the root (a single-module build).
   */
  public RuleTester withMavenTestClasspath(java.util.function.Predicate<String> jarName) {
    Path directory = Path.of("target/test-frameworks").toAbsolutePath();
    try (var jars = Files.list(directory)) {
      mavenTestClasspath = jars.filter(p -> p.toString().endsWith(".jar") && jarName.test(p.getFileName().toString()))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("the build copies the test frameworks to " + directory, e);
    }
    return this;
  }

  public AnalysisResult run() {
    try {
      Path root = Files.createTempDirectory("rule-test");
      if (!earlierSources.isEmpty()) {
        for (Map.Entry<String, String> source : earlierSources.entrySet()) {
          write(root.resolve("src").resolve(source.getKey()), source.getValue());
        }
        ScratchGit.run(root, "init", "-q");
        ScratchGit.run(root, "add", "-A");
        ScratchGit.run(root, "commit", "-q", "-m", "earlier");
        for (String path : earlierSources.keySet()) {
          Files.delete(root.resolve("src").resolve(path));
        }
      }
      for (Map.Entry<String, String> source : sources.entrySet()) {
        write(root.resolve("src").resolve(source.getKey()), source.getValue());
      }
      for (Map.Entry<String, String> file : otherFiles.entrySet()) {
        write(root.resolve(file.getKey()), file.getValue());
      }
      if (!earlierSources.isEmpty()) {
        ScratchGit.run(root, "add", "-A");
        ScratchGit.run(root, "commit", "-q", "-m", "current");
        for (String path : deletedAfterCommit) {
          Files.delete(root.resolve("src").resolve(path));
        }
      }
      List<Path> entries = classpath.stream().map(Path::of).toList();
      if (mavenTestClasspath != null) {
        MavenClasspathCache.write(root, mavenTestClasspath);
      }
      CheckRequest request = new CheckRequest(root, List.of(), Optional.empty(), entries, 2, mavenTestClasspath != null);
      return new Engine(List.of(rule)).check(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new AssertionError("the check failed: " + e.getMessage(), e);
    }
  }

  /** Runs the rule again on a project an earlier {@link #run()} wrote (and a test then changed). */
  public AnalysisResult rerun(Path root) {
    try {
      return new Engine(List.of(rule)).check(new CheckRequest(root, List.of(), Optional.empty(),
          classpath.stream().map(Path::of).toList(), 2, false));
    } catch (Exception e) {
      throw new AssertionError("the check failed: " + e.getMessage(), e);
    }
  }

  /** Runs the rule and asserts that its findings are exactly the marked ones. */
  public AnalysisResult expectFindingsAsMarked() {
    AnalysisResult result = run();
    Map<String, String> expected = new TreeMap<>();
    sources.forEach((path, text) -> expected.putAll(markers(path, text)));
    Map<String, String> actual = new TreeMap<>();
    List<String> unexpected = new ArrayList<>();
    for (Finding finding : result.findings()) {
      assertThat(finding.ruleId()).as("rule id of %s", finding).isEqualTo(rule.descriptor().id());
      assertThat(finding.message()).as("message of %s", finding).matches("(?s).*[.?]$");
      // a doubled period is a wording slip; an ellipsis ("m(...)", "String...") is not
      assertThat(finding.message().replace("...", "")).as("message of %s", finding).doesNotContain("..");
      FileRegion region = (FileRegion) finding.location();
      String key = sourcePath(region.file()) + ":" + region.startLine();
      String marker = expected.get(key);
      if (marker == null) {
        unexpected.add(key + ": " + finding.message());
      } else {
        assertThat(finding.message()).as("finding at %s", key).contains(marker);
        actual.put(key, finding.message());
      }
    }
    assertThat(unexpected).as("findings on lines without a marker").isEmpty();
    assertThat(actual.keySet()).as("marked lines with a finding").containsExactlyElementsOf(expected.keySet());
    return result;
  }

  /** Runs the rule and asserts it reports nothing. */
  public AnalysisResult expectNoFindings() {
    AnalysisResult result = run();
    assertThat(result.findings()).as("findings").isEmpty();
    return result;
  }

  private static String sourcePath(Path file) {
    String text = file.toString().replace('\\', '/');
    return text.substring(text.indexOf("/src/") + 5);
  }

  private static Map<String, String> markers(String path, String text) {
    Map<String, String> markers = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    String pending = null;
    for (int i = 0; i < lines.length; i++) {
      Matcher matcher = MARKER.matcher(lines[i]);
      if (matcher.matches()) {
        pending = matcher.group(1).trim();
      } else if (pending != null) {
        markers.put(path + ":" + (i + 1), pending);
        pending = null;
      }
    }
    return markers;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
