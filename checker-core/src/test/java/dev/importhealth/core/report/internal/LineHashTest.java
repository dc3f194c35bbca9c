package dev.importhealth.core.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Test vectors from github/codeql-action {@code src/fingerprints.test.ts}. */
class LineHashTest {

  private static final List<String> HELLO_WITH_TRAILING_BREAK =
      List.of(
          "e9496ae3ebfced30:1",
          "fb7c023a8b9ccb3f:1",
          "ce8ba1a563dcdaca:1",
          "e20e36e16fcb0cc8:1",
          "b3edc88f2938467e:1",
          "c8e28b0b4002a3a0:1",
          "c129715d7a2bc9a3:1");

  @Test
  void hashesEmptyFileAsOneLine() {
    assertThat(LineHash.compute("")).containsExactly("c129715d7a2bc9a3:1");
  }

  @Test
  void skipsSpacesAndTabs() {
    assertThat(LineHash.compute(" a\nb\n  \t\tc\n d"))
        .containsExactly(
            "271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1");
  }

  @Test
  void hashesTextWithoutTrailingLineBreak() {
    assertThat(LineHash.compute(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End"))
        .containsExactly(
            "8b7cf3e952e7aeb2:1",
            "b1ae1287ec4718d9:1",
            "bff680108adb0fcc:1",
            "c6805c5e1288b612:1",
            "b86d3392aea1be30:1",
            "e6ceba753e1a442:1");
  }

  @Test
  void treatsLfCrAndCrlfAlike() {
    assertThat(LineHash.compute(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n"))
        .isEqualTo(HELLO_WITH_TRAILING_BREAK);
    assertThat(LineHash.compute(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r"))
        .isEqualTo(HELLO_WITH_TRAILING_BREAK);
    assertThat(LineHash.compute(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n"))
        .isEqualTo(HELLO_WITH_TRAILING_BREAK);
    assertThat(LineHash.compute(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n"))
        .isEqualTo(HELLO_WITH_TRAILING_BREAK);
  }

  @Test
  void countsRepeatedHashes() {
    assertThat(LineHash.compute("Lorem ipsum dolor sit amet.\n".repeat(10)))
        .containsExactly(
            "a7f2ff13bc495cf2:1",
            "a7f2ff13bc495cf2:2",
            "a7f2ff13bc495cf2:3",
            "a7f2ff13bc495cf2:4",
            "a7f2ff13bc495cf2:5",
            "a7f2ff13bc495cf2:6",
            "a7f2ff1481e87703:1",
            "a9cf91f7bbf1862b:1",
            "55ec222b86bcae53:1",
            "cc97dc7b1d7d8f7b:1",
            "c129715d7a2bc9a3:1");
  }

  @Test
  void readsFilesAsUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("A.java");
    Files.write(file, " a\nb\n  \t\tc\n d".getBytes(StandardCharsets.UTF_8));

    assertThat(LineHash.ofFile(file)).contains(LineHash.compute(" a\nb\n  \t\tc\n d"));
    assertThat(LineHash.ofFile(dir.resolve("Missing.java"))).isEmpty();
  }

  @Test
  void looksUpOneBasedLines() {
    List<String> hashes = LineHash.compute(" a\nb\n  \t\tc\n d");

    assertThat(LineHash.forLine(hashes, 1)).contains("271789c17abda88f:1");
    assertThat(LineHash.forLine(hashes, 4)).contains("a23a3dc5e078b07b:1");
    assertThat(LineHash.forLine(hashes, 0)).isEmpty();
    assertThat(LineHash.forLine(hashes, 5)).isEmpty();
  }
}
