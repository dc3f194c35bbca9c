package dev.importhealth.core.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * Byte-stable JSON output for the reporters: fields in insertion order, two-space indent, one
 * array element per line, {@code "key": value}, {@code "\n"} line endings on every platform and a
 * trailing newline.
 */
public final class Json {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectWriter WRITER = createWriter();

  private Json() {}

  private static ObjectWriter createWriter() {
    // DefaultIndenter.SYSTEM_LINEFEED_INSTANCE would use "\r\n" on Windows
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return new ObjectMapper()
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writer(printer);
  }

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** Writes {@code node} pretty-printed plus a final newline; leaves {@code out} open. */
  public static void write(JsonNode node, Writer out) throws IOException {
    WRITER.writeValue(out, node);
    out.write('\n');
    out.flush();
  }
}
