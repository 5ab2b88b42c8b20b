package org.newsgraph.extract.countries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

class OutletCountryTest {
  private static Article article(String url, String outlet) {
    return Article.of(null, url, outlet, null, LocalDate.of(2022, 1, 11), "en", "text", "test");
  }

  @Test
  void of_countryDomain_namesTheCountry() {
    assertEquals("GB", OutletCountry.of(article("https://www.bbc.co.uk/news/world-asia-59951213", null)));
    assertEquals("IR", OutletCountry.of(article("https://www.presstv.ir/Detail/2022/01/10/1", null)));
    assertEquals("AU", OutletCountry.of(article("http://www.smh.com.au/world", "Unknown Paper")));
    assertEquals("GB", CountryTable.ofDomain("UK"));
  }

  @Test
  void of_genericDomain_readsTheCuratedListByHostThenByName() {
    assertEquals("US", OutletCountry.of(article("https://www.washingtonpost.com/world/2022/01/10/taliban", null)));
    assertEquals("PK", OutletCountry.of(article("https://epaper.dawn.com/x", null)), "a subdomain");
    assertEquals("US", OutletCountry.of(article(null, "The Washington Post")));
    assertEquals("US", OutletCountry.of(article(null, "washington post")));
    assertEquals("QA", OutletCountry.of(article("not a url at all", "Al-Jazeera")), "a bad url falls back to the name");
  }

  @Test
  void of_internationalOrUnknownOutlet_isNull() {
    assertNull(OutletCountry.of(article("https://www.reuters.com/world/", "Reuters")));
    assertNull(OutletCountry.of(article("https://startup.io/post", null)), ".io is sold as a generic domain");
    assertNull(OutletCountry.of(article(null, null)));
    assertNull(OutletCountry.of(article("", "Wikinews")));
    assertNull(OutletCountry.of(article("https://localhost/x", "Posting")));
  }
}
