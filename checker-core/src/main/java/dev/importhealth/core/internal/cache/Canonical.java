package dev.importhealth.core.internal.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The text of a value built from records, collections, maps and plain values, such as the
 * discovered {@code Project}. Every record component is included, so one added later counts
 * without change here; maps and sets are sorted, so the text does not depend on a hash order that
 * changes from one JVM to the next; each plain value carries its type and length, so that no two
 * values read alike.
 */
final class Canonical {

  private Canonical() {}

  static String of(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Record record) {
      out.append(record.getClass().getName()).append('{');
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        out.append(component.getName()).append('=');
        append(out, read(component.getAccessor(), record));
        out.append(';');
      }
      out.append('}');
    } else if (value instanceof Optional<?> optional) {
      out.append(optional.isPresent() ? "some(" : "none(");
      optional.ifPresent(present -> append(out, present));
      out.append(')');
    } else if (value instanceof Map<?, ?> map) {
      out.append("map[");
      map.entrySet().stream().map(entry -> of(entry.getKey()) + "=" + of(entry.getValue())).sorted()
          .forEach(entry -> out.append(entry).append(';'));
      out.append(']');
    } else if (value instanceof Collection<?> collection) {
      List<String> elements = collection.stream().map(Canonical::of).toList();
      out.append(value instanceof Set ? "set[" : "list[");
      (value instanceof Set ? elements.stream().sorted(Comparator.naturalOrder()) : elements.stream())
          .forEach(element -> out.append(element).append(';'));
      out.append(']');
    } else {
      String text = value.toString();
      out.append(value.getClass().getSimpleName()).append(':').append(text.length()).append(':').append(text);
    }
  }

  private static Object read(Method accessor, Record record) {
    try {
      if (!accessor.canAccess(record)) {
        accessor.setAccessible(true);
      }
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + accessor + " of " + record.getClass(), e);
    }
  }
}
