package com.tweetrade.sentiment.stocknet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fields of a Twitter v1.1 status the movement task needs: its time ({@code created_at}, as
 * epoch seconds and as its UTC day), its text and the cashtags Twitter extracted ({@code
 * entities.symbols}). Fields of a retweeted or quoted status are skipped.
 */
public record StockNetTweet(LocalDate day, long epochSecond, String text, List<String> symbols) {

  private static final JsonFactory JSON = new JsonFactory();
  private static final DateTimeFormatter CREATED_AT =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

  /** Parses one JSON line; a status without {@code created_at} or {@code text} is an error. */
  public static StockNetTweet parse(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      expect(p.nextToken() == JsonToken.START_OBJECT, json);
      ZonedDateTime createdAt = null;
      String text = null;
      List<String> symbols = List.of();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "created_at" ->
              createdAt =
                  ZonedDateTime.parse(p.getText(), CREATED_AT).withZoneSameInstant(ZoneOffset.UTC);
          case "text" -> text = p.getText();
          case "entities" -> symbols = symbols(p);
          default -> p.skipChildren();
        }
      }
      expect(createdAt != null && text != null, json);
      return new StockNetTweet(createdAt.toLocalDate(), createdAt.toEpochSecond(), text, symbols);
    } catch (IOException e) {
      throw new UncheckedIOException("malformed tweet: " + abbreviate(json), e);
    }
  }

  /** {@code entities.symbols[].text}, the parser standing on the entities object. */
  private static List<String> symbols(JsonParser p) throws IOException {
    List<String> symbols = new ArrayList<>(2);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (!field.equals("symbols")) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (name.equals("text")) {
            symbols.add(p.getText());
          } else {
            p.skipChildren();
          }
        }
      }
    }
    return symbols;
  }

  private static void expect(boolean condition, String json) {
    if (!condition) {
      throw new IllegalArgumentException(
          "not a tweet with created_at and text: " + abbreviate(json));
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 120) + "...";
  }
}
