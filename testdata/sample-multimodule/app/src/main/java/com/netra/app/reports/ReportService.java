package com.netra.app.reports;

import static java.util.Objects.requireNonNull;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.counting;

import com.netra.shared.logging.LogLevel;
import com.netra.shared.model.Identifiable;
import com.netra.shared.model.User;
import com.netra.shared.model.User.Role;
import com.netra.shared.util.Result;
import com.netra.shared.util.Strings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Builds usage reports. Nothing in this file is broken: it exercises the Java features the
 * checker must resolve correctly (records, enums, generics, lambdas, inner and local classes,
 * static imports, JDK APIs).
 */
public final class ReportService {

  /** One row of a report. */
  public record Row(String label, long count) implements Comparable<Row> {
    public Row {
      requireNonNull(label);
    }

    static Row of(Map.Entry<String, Long> entry) {
      return new Row(entry.getKey(), entry.getValue());
    }

    @Override
    public int compareTo(Row other) {
      return Long.compare(count, other.count());
    }
  }

  /** How a report is laid out. */
  public enum Layout {
    TABLE {
      @Override
      String render(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        rows.forEach(r -> out.append(r.label()).append('\t').append(r.count()).append('\n'));
        return out.toString();
      }
    },
    CSV {
      @Override
      String render(List<Row> rows) {
        return String.join("\n", rows.stream().map(r -> r.label() + "," + r.count()).toList());
      }
    };

    abstract String render(List<Row> rows);
  }

  private final AtomicInteger generated = new AtomicInteger();
  private final Map<Role, Long> roleCounts = new EnumMap<>(Role.class);

  public String usersByRole(List<User> users, Layout layout) {
    Map<String, Long> counts = users.stream()
        .flatMap(u -> u.roles().stream())
        .collect(groupingBy(Role::name, counting()));
    List<Row> rows = new ArrayList<>(counts.entrySet().stream().map(Row::of).toList());
    rows.sort(Comparator.reverseOrder());
    generated.incrementAndGet();
    return layout.render(rows);
  }

  public long count(Role role) {
    return roleCounts.getOrDefault(role, 0L);
  }

  public String describe(Object value) {
    if (value instanceof User user && user.isAdmin()) {
      return "admin " + user.displayName();
    } else if (value instanceof Identifiable identifiable) {
      return identifiable.describe();
    }
    return String.valueOf(value);
  }

  public String levelName(LogLevel level) {
    return switch (level) {
      case DEBUG, INFO -> "quiet";
      case WARN -> "loud";
      case ERROR -> level.alerts() ? "paging" : "loud";
    };
  }

  /** A type parameter named like a class shadows it inside the method. */
  public <User extends Comparable<User>> User max(List<User> values) {
    User best = null;
    for (User value : values) {
      if (best == null || value.compareTo(best) > 0) {
        best = value;
      }
    }
    return best;
  }

  public <T extends Identifiable> Map<String, T> index(List<T> items) {
    Map<String, T> map = new java.util.TreeMap<>();
    for (T item : items) {
      map.put(item.id(), item);
    }
    return map;
  }

  public Result<Integer> parseLimit(String text) {
    try {
      return Result.ok(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return Result.err("not a number: " + e.getMessage());
    }
  }

  public List<String> lines(String text) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!Strings.isBlank(line)) {
          lines.add(line.trim());
        }
      }
    }
    return lines;
  }

  public String header(LocalDate day) {
    var title = new StringBuilder("Usage report");
    title.append(" for ").append(day.getDayOfWeek()).append(' ').append(day.getYear());
    String template = """
        %s
        generated %d times
        """;
    return template.formatted(title, generated.get());
  }

  public Supplier<String> lazyFooter() {
    record Footer(String text, int width) {
      String render() {
        return Strings.truncate(text, width);
      }
    }
    Footer footer = new Footer("netra reports", 40);
    return footer::render;
  }

  public Runnable counter() {
    return new Runnable() {
      private int runs;

      @Override
      public void run() {
        runs++;
        generated.addAndGet(runs);
      }
    };
  }

  public Optional<String> firstAdminName(List<User> users) {
    return users.stream().filter(User::isAdmin).map(User::displayName).findFirst();
  }

  public int roleCount() {
    return Role.values().length + Role.valueOf("ADMIN").ordinal();
  }

  /** A static nested helper with a varargs overload. */
  static final class Totals {
    private long sum;

    Totals add(long value) {
      sum += value;
      return this;
    }

    Totals add(long... values) {
      for (long value : values) {
        add(value);
      }
      return this;
    }

    long sum() {
      return sum;
    }
  }

  public long total() {
    return new Totals().add(1).add(2, 3, 4).sum();
  }
}
