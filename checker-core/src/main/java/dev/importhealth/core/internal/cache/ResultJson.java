package dev.importhealth.core.internal.cache;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.importhealth.core.api.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The JSON form of an {@code AnalysisResult}. Records map themselves, component by component, so
 * a component added later is written and read without change here; only what Jackson cannot map
 * alone is spelled out: {@link Optional} (absent is {@code null}), {@link Path} (its exact text,
 * also as a map key) and the subtypes of the sealed {@link Location} (taken from its {@code
 * permits} list).
 */
final class ResultJson {

  /** Reads strictly: a missing component, an unknown field or trailing text is an error, never a default. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(MapperFeature.AUTO_DETECT_IS_GETTERS) // TextEdit.isInsertion() is derived, not a component
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .addMixIn(Location.class, Polymorphic.class)
      .registerSubtypes(Arrays.stream(Location.class.getPermittedSubclasses())
          .map(type -> new NamedType(type, type.getSimpleName())).toArray(NamedType[]::new))
      .addModule(module())
      .build();

  private ResultJson() {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  private interface Polymorphic {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static SimpleModule module() {
    SimpleModule module = new SimpleModule("import-health-cache");
    module.addSerializer(Path.class, ToStringSerializer.instance);
    module.addKeySerializer(Path.class, new StdSerializer<>(Path.class) {
      @Override
      public void serialize(Path key, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeFieldName(key.toString());
      }
    });
    module.addDeserializer(Path.class, new StdDeserializer<>(Path.class) {
      @Override
      public Path deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return Path.of(parser.getValueAsString());
      }
    });
    module.addKeyDeserializer(Path.class, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext context) {
        return Path.of(key);
      }
    });
    module.addSerializer((Class) Optional.class, new OptionalSerializer());
    module.addDeserializer((Class) Optional.class, new OptionalDeserializer(null));
    return module;
  }

  private static final class OptionalSerializer extends StdSerializer<Optional<?>> {
    OptionalSerializer() {
      super(Optional.class, false);
    }

    @Override
    public void serialize(Optional<?> value, JsonGenerator out, SerializerProvider provider) throws IOException {
      if (value.isPresent()) {
        provider.defaultSerializeValue(value.get(), out);
      } else {
        out.writeNull();
      }
    }
  }

  /** Needs the declared content type ({@code Optional<FileRegion>}), so it is made per property. */
  private static final class OptionalDeserializer extends StdDeserializer<Optional<?>>
      implements ContextualDeserializer {
    private final JavaType content;

    OptionalDeserializer(JavaType content) {
      super(Optional.class);
      this.content = content;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
      JavaType type = property != null ? property.getType() : context.getContextualType();
      return new OptionalDeserializer(type.containedTypeOrUnknown(0));
    }

    @Override
    public Optional<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return Optional.ofNullable(context.readValue(parser, content));
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext context) {
      return Optional.empty();
    }
  }
}
