package dev.importhealth.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.importhealth.core.engine.AnalysisResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineFilterTest {

  private static final AnalysisResult NOTHING =
      new AnalysisResult(Path.of("p"), List.of(), Map.of(), List.of(), List.of(), 0, Map.of(), Map.of(), 5);

  @Test
  void acceptedMessageSaysOneFindingInTheSingular() {
    Path file = Path.of("import-health-baseline.json");

    assertThat(new BaselineFilter(NOTHING, 1).acceptedMessage(file))
        .isEqualTo("1 finding accepted by the baseline import-health-baseline.json is not reported");
    assertThat(new BaselineFilter(NOTHING, 3).acceptedMessage(file))
        .isEqualTo("3 findings accepted by the baseline import-health-baseline.json are not reported");
  }

  @Test
  void filteringKeepsTheCountOfSuppressedFindings() {
    Baseline empty = new Baseline(List.of());

    BaselineFilter filtered = BaselineFilter.apply(NOTHING, empty, Path.of("b.json"), List.of());

    assertThat(filtered.result().suppressed()).isEqualTo(5);
    assertThat(filtered.baselined()).isZero();
  }
}
