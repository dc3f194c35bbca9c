package dev.importhealth.core.engine;

import dev.importhealth.core.api.Finding;
import dev.importhealth.core.internal.source.SourceParser.ParsedFile;
import dev.importhealth.core.semantics.Resolution;
import java.util.ArrayList;
import java.util.List;

/** What the rules found in one file; filled by one thread, read after all are done. */
final class FileReport {

  private final ParsedFile file;
  private final List<Finding> findings = new ArrayList<>();
  private final List<Resolution.Unknown<?>> unchecked = new ArrayList<>();

  FileReport(ParsedFile file) {
    this.file = file;
  }

  ParsedFile file() {
    return file;
  }

  void add(Finding finding) {
    findings.add(finding);
  }

  void unchecked(Resolution.Unknown<?> unknown) {
    unchecked.add(unknown);
  }

  List<Finding> findings() {
    return findings;
  }

  List<Resolution.Unknown<?>> unchecked() {
    return unchecked;
  }
}
