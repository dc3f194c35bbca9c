package com.example.service;

import com.example.util.Strings;
import java.util.ArrayList;
import java.util.List;

/** A report and its builder: a chain of calls returning project types. */
public final class Report {

  private final String title;
  private final List<String> lines;

  private Report(String title, List<String> lines) {
    this.title = title;
    this.lines = lines;
  }

  public String title() {
    return title;
  }

  public String render() {
    StringBuilder out = new StringBuilder(title).append('\n');
    out.append(Strings.repeat('=', title.length())).append('\n');
    lines.forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects lines; every setter returns the builder. */
  public static final class Builder {
    private String title = Strings.EMPTY;
    private final List<String> lines = new ArrayList<>();

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder line(String line) {
      lines.add(line);
      return this;
    }

    public Builder lines(String first, String... rest) {
      line(first);
      for (String line : rest) {
        this.line(line);
      }
      return this;
    }

    public Report build() {
      return new Report(title, lines);
    }
  }
}
