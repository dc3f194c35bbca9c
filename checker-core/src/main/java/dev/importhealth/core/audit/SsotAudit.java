package dev.importhealth.core.audit;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the consolidation of each registered concept stands, for architects: the canonical class,
 * every competing implementation with the references to it by module, and the share of all
 * references that already go to the canonical one; plus the clusters of likely duplicates nobody
 * has registered yet, and optionally how the shares moved over recent commits.
 */
public record SsotAudit(List<Concept> concepts, List<Cluster> clusters, List<HistoryPoint> history) {

  public SsotAudit {
    concepts = List.copyOf(concepts);
    clusters = List.copyOf(clusters);
    history = List.copyOf(history);
  }

  /** One registered concept. */
  public record Concept(String name, String canonical, Optional<String> description,
      Map<String, Integer> canonicalReferences, List<Implementation> competitors) {

    public Concept {
      Objects.requireNonNull(description);
      canonicalReferences = Collections.unmodifiableSortedMap(new TreeMap<>(canonicalReferences));
      competitors = List.copyOf(competitors);
    }

    public int canonicalTotal() {
      return canonicalReferences.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int competitorTotal() {
      return competitors.stream().mapToInt(Implementation::total).sum();
    }

    /** The share of references that go to the canonical class; 1 when there are none at all. */
    public double canonicalShare() {
      int all = canonicalTotal() + competitorTotal();
      return all == 0 ? 1.0 : (double) canonicalTotal() / all;
    }
  }

  /**
   * A competing implementation and the references to it from outside its own file, by module.
   *
   * @param location where it is declared, relative to the project root ({@code path:line})
   */
  public record Implementation(String className, String location, Map<String, Integer> references) {

    public Implementation {
      references = Collections.unmodifiableSortedMap(new TreeMap<>(references));
    }

    public int total() {
      return references.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** Likely duplicates nobody registered (IH403). */
  public record Cluster(String stem, List<String> members, String evidence) {

    public Cluster {
      members = List.copyOf(members);
    }
  }

  /** The canonical share of each concept at one commit. */
  public record HistoryPoint(String commit, String date, Map<String, Double> canonicalShare) {

    public HistoryPoint {
      canonicalShare = Collections.unmodifiableSortedMap(new TreeMap<>(canonicalShare));
    }
  }
}
