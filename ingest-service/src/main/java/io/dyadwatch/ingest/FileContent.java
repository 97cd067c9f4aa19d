package io.dyadwatch.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reading article files: strict UTF-8, and JSON files holding one article or an array of them. */
final class FileContent {
  private static final JsonFactory JSON = new JsonFactory();

  private FileContent() {}

  /** The articles of a .json file: the whole text when it is one value, else each array element as written. */
  record JsonArticles(boolean array, List<String> texts) {}

  static String decodeUtf8(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InvalidArticleException("INVALID_UTF8", "the content is not valid UTF-8 text (" + e.getMessage() + ")");
    }
  }

  /**
   * Splits a .json file into its articles. The whole file must be valid JSON; each element of an array
   * is kept as written so that a refused one can be dead-lettered on its own.
   */
  static JsonArticles jsonArticles(String text) {
    JsonNode node = ArticleParser.readJson(text);
    if (node.isMissingNode()) {
      throw new InvalidArticleException("EMPTY_BODY", "the file is empty");
    }
    if (!node.isArray()) {
      return new JsonArticles(false, List.of(text));
    }
    if (node.isEmpty()) {
      throw new InvalidArticleException("EMPTY_BODY", "the JSON array holds no article");
    }
    List<String> texts = new ArrayList<>(node.size());
    try (JsonParser parser = JSON.createParser(text)) {
      parser.nextToken();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        parser.skipChildren();
        parser.finishToken();
        texts.add(text.substring(start, (int) parser.currentLocation().getCharOffset()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("re-reading JSON that was already read once", e);
    }
    return new JsonArticles(true, texts);
  }
}
