package io.dyadwatch.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * Our records as plain JSON for people and HTTP clients: field names as in the schema, unions
 * unwrapped, enums as names, timestamps as ISO 8601. (Avro's own JSON encoding wraps every union
 * value in its type name, which no consumer of a webhook or a CLI wants.)
 */
public final class AvroJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AvroJson() {}

  public static ObjectNode toJson(IndexedRecord record) {
    ObjectNode node = NODES.objectNode();
    for (Schema.Field field : record.getSchema().getFields()) {
      node.set(field.name(), value(record.get(field.pos())));
    }
    return node;
  }

  /** One line of JSON, for JSON-lines output. */
  public static String toJsonLine(IndexedRecord record) {
    try {
      return MAPPER.writeValueAsString(toJson(record));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always serialises", e);
    }
  }

  private static JsonNode value(Object v) {
    if (v == null) {
      return NODES.nullNode();
    } else if (v instanceof IndexedRecord r) {
      return toJson(r);
    } else if (v instanceof CharSequence s) {
      return NODES.textNode(s.toString());
    } else if (v instanceof Integer i) {
      return NODES.numberNode(i);
    } else if (v instanceof Long l) {
      return NODES.numberNode(l);
    } else if (v instanceof Double d) {
      return NODES.numberNode(d);
    } else if (v instanceof Float f) {
      return NODES.numberNode(f);
    } else if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    } else if (v instanceof Enum<?> e) {
      return NODES.textNode(e.name());
    } else if (v instanceof Instant t) {
      return NODES.textNode(t.toString());
    } else if (v instanceof TemporalAccessor t) {
      return NODES.textNode(t.toString());
    } else if (v instanceof Collection<?> items) {
      ArrayNode array = NODES.arrayNode();
      items.forEach(item -> array.add(value(item)));
      return array;
    } else if (v instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach((k, item) -> object.set(k.toString(), value(item)));
      return object;
    } else if (v instanceof ByteBuffer buffer) {
      return NODES.binaryNode(buffer.duplicate().array());
    }
    return NODES.textNode(v.toString());
  }
}
