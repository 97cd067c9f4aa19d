package io.dyadwatch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reading article files: strict UTF-8, and JSON files holding one article or an array of them. */
final class FileContent {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FileContent() {}

  static String decodeUtf8(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InvalidArticleException("INVALID_UTF8", "the file is not valid UTF-8 text (" + e.getMessage() + ")");
    }
  }

  static List<String> jsonArticles(String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidArticleException("MALFORMED_JSON", "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null) {
      throw new InvalidArticleException("EMPTY_BODY", "the file is empty");
    }
    List<String> objects = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> objects.add(n.toString()));
    } else {
      objects.add(node.toString());
    }
    if (objects.isEmpty()) {
      throw new InvalidArticleException("EMPTY_BODY", "the JSON array holds no article");
    }
    return objects;
  }
}
