package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsgraph annotate --json} on the example article, with the real models. */
class AnnotateIT {
  @TempDir Path dir;

  @Test
  void annotate_exampleArticle_printsJsonWhoseOffsetsSelectTheirText() throws Exception {
    Path file = dir.resolve("article.txt");
    try (InputStream in = getClass().getResourceAsStream("/org/newsgraph/cli/demo/seed/article.txt")) {
      Files.write(file, in.readAllBytes());
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);

    Console.Result r = Console.run("annotate", file.toString(), "--published", "2022-01-11", "--json");

    assertEquals(0, r.status(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("2022-01-11", json.at("/article/published").asText());
    assertEquals("“Resilient Atmosphere”..Taliban meets armed opposition in Iran", json.at("/article/title").asText());
    List<JsonNode> spans = new ArrayList<>();
    json.get("actors").forEach(a -> a.get("mentions").forEach(spans::add));
    json.get("places").forEach(spans::add);
    json.get("times").forEach(spans::add);
    json.get("quotes").forEach(q -> {
      q.get("spans").forEach(spans::add);
      if (!q.get("speakerMention").isNull()) {
        spans.add(q.get("speakerMention"));
      }
    });
    assertTrue(spans.size() > 40, "spans: " + spans.size());
    for (JsonNode s : spans) {
      assertEquals(s.get("text").asText(), text.substring(s.get("start").asInt(), s.get("end").asInt()), s.toString());
    }
    assertTrue(hasTime(json, "Monday", "2022-01-10"), "on Monday = 2022-01-10");
    assertTrue(hasTime(json, "Saturday", "2022-01-08"), "on Saturday = 2022-01-08");
    // every time expression of the reference annotation is found with an accepted value
    JsonNode gold;
    try (InputStream in = getClass().getResourceAsStream("/org/newsgraph/cli/demo/seed/gold.json")) {
      gold = new ObjectMapper().readTree(in);
    }
    for (JsonNode g : gold.get("times")) {
      JsonNode found = overlapping(json.get("times"), g.get("span"));
      String value = found == null ? null : found.get("value").asText();
      assertTrue(value != null && value.matches(g.get("accept").asText()),
          g.at("/span/text").asText() + ": " + found);
    }
    boolean kugelman = false;
    for (JsonNode q : json.get("quotes")) {
      kugelman |= q.get("spans").get(0).get("text").asText().startsWith("By extending an olive branch")
          && q.get("speakerMention").path("text").asText().contains("Kugelman");
    }
    assertTrue(kugelman, "Kugelman's quote is attributed to him");
    // a statement's date where the text gives one on the cue ("told … in an interview … on Monday"), else none
    assertEquals("2022-01-10", quoteStarting(json, "We tried to leave the door open").path("date").asText(null));
    assertEquals("2022-W02", quoteStarting(json, "Today, we are not regarding").path("date").asText(null));
    assertTrue(quoteStarting(json, "By extending an olive branch").get("date").isNull(), "no date in the text");
    for (JsonNode a : json.get("actors")) {
      assertFalse(a.get("name").asText().equalsIgnoreCase("he"), "pronouns are not actors");
    }
  }

  private static JsonNode quoteStarting(JsonNode json, String words) {
    for (JsonNode q : json.get("quotes")) {
      if (q.get("spans").get(0).get("text").asText().startsWith(words)) {
        return q;
      }
    }
    throw new AssertionError("no quote starts with " + words);
  }

  @Test
  void annotate_venuesTheGazetteerLacks_arePlacedInTheirTown_andAPlacesPossessiveStaysThePlace() throws Exception {
    Path file = dir.resolve("venues.txt");
    Files.writeString(file, "He landed at Moscow's Sheremetyevo International Airport on Monday. Later he was taken "
        + "to Northwestern Memorial Hospital in Chicago, where doctors said he was stable.\n");

    Console.Result r = Console.run("annotate", file.toString(), "--published", "2022-01-11", "--json");

    assertEquals(0, r.status(), r.err());
    JsonNode places = new ObjectMapper().readTree(r.out()).get("places");
    JsonNode moscow = place(places, "Moscow");
    JsonNode airport = place(places, "Sheremetyevo International Airport");
    JsonNode hospital = place(places, "Northwestern Memorial Hospital");
    JsonNode chicago = place(places, "Chicago");
    assertEquals("RU", moscow.get("country").asText(), places.toString());
    assertEquals("RU", airport.get("country").asText(), places.toString());
    assertEquals(chicago.get("lat").asDouble(), hospital.get("lat").asDouble(), 1e-6, places.toString());
    assertEquals(chicago.get("lon").asDouble(), hospital.get("lon").asDouble(), 1e-6, places.toString());
  }

  private static JsonNode place(JsonNode places, String text) {
    for (JsonNode p : places) {
      if (p.get("text").asText().equals(text)) {
        return p;
      }
    }
    throw new AssertionError("no place " + text + " in " + places);
  }

  @Test
  void annotate_missingFile_failsWithOneLineNamingIt() {
    Console.Result r = Console.run("annotate", dir.resolve("nope.txt").toString(), "--json");
    assertEquals(1, r.status());
    assertTrue(r.err().contains("nope.txt"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  private static JsonNode overlapping(JsonNode times, JsonNode span) {
    for (JsonNode t : times) {
      if (t.get("start").asInt() < span.get("end").asInt() && span.get("start").asInt() < t.get("end").asInt()) {
        return t;
      }
    }
    return null;
  }

  private static boolean hasTime(JsonNode json, String text, String value) {
    for (JsonNode t : json.get("times")) {
      if (t.get("text").asText().contains(text) && value.equals(t.get("value").asText())) {
        return true;
      }
    }
    return false;
  }
}
