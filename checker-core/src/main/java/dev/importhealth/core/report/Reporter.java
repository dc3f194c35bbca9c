package dev.importhealth.core.report;

import dev.importhealth.core.engine.AnalysisResult;
import java.io.IOException;
import java.io.Writer;

/** Writes an analysis result in one output format. */
public interface Reporter {
  void write(AnalysisResult result, ReportContext context, Writer out) throws IOException;
}
