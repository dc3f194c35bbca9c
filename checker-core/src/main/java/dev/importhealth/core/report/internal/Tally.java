package dev.importhealth.core.report.internal;

import dev.importhealth.core.api.FileRegion;
import dev.importhealth.core.api.Finding;
import dev.importhealth.core.api.Severity;
import dev.importhealth.core.api.SymbolLocation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts for a report's summary.
 *
 * @param bySeverity findings per severity, every severity present
 * @param byRule findings per rule id, sorted by id
 * @param locations distinct source files with findings, plus distinct classes for findings read
 *     from bytecode
 */
public record Tally(Map<Severity, Long> bySeverity, SortedMap<String, Long> byRule, int locations) {

  public static Tally of(List<Finding> findings) {
    Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      bySeverity.put(s, 0L);
    }
    SortedMap<String, Long> byRule = new TreeMap<>();
    Set<Object> places = new HashSet<>();
    for (Finding f : findings) {
      bySeverity.merge(f.severity(), 1L, Long::sum);
      byRule.merge(f.ruleId(), 1L, Long::sum);
      if (f.location() instanceof FileRegion r) {
        places.add(r.file());
      } else if (f.location() instanceof SymbolLocation s) {
        places.add("class " + s.className());
      }
    }
    return new Tally(
        Collections.unmodifiableMap(bySeverity),
        Collections.unmodifiableSortedMap(byRule),
        places.size());
  }

  public long count(Severity severity) {
    return bySeverity.get(severity);
  }

  public long total() {
    return bySeverity.values().stream().mapToLong(Long::longValue).sum();
  }
}
