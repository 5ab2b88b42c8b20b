package org.newsgraph.eval.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newsgraph.eval.internal.Jsonl;
import org.newsgraph.model.Span;

/**
 * One TimeML document: the content of {@code <TEXT>} with the markup removed, the TIMEX3 elements inside it at
 * their offsets in that text, and the document creation time.
 *
 * @param file the path relative to the gold folder ({@code timebank/ABC19980108.1830.0711.tml}), with {@code /}
 * @param dct the date part of the {@code <DCT><TIMEX3 value>}, or null
 * @param text the text of {@code <TEXT>}, entities decoded, tags removed
 * @param timexes the TIMEX3 elements inside {@code <TEXT>}, in document order
 */
public record TimeMlDocument(String file, LocalDate dct, String text, List<Timex> timexes) {
  public TimeMlDocument {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    timexes = List.copyOf(timexes);
  }

  /**
   * Parses a {@code .tml} file with a streaming parser (no DTDs, no external entities).
   *
   * @throws IllegalArgumentException when it cannot be read or parsed, or has no {@code <TEXT>}
   */
  public static TimeMlDocument read(Path path, String file) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    StringBuilder text = new StringBuilder();
    List<Timex> timexes = new ArrayList<>();
    LocalDate dct = null;
    boolean sawText = false;
    boolean inText = false;
    boolean inDct = false;
    int timexStart = -1;
    String type = null;
    String value = null;
    try (InputStream in = Files.newInputStream(path)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("TEXT")) {
            inText = true;
            sawText = true;
          } else if (name.equals("DCT")) {
            inDct = true;
          } else if (name.equals("TIMEX3") && inDct && dct == null) {
            dct = Jsonl.date(xml.getAttributeValue(null, "value"));
          } else if (name.equals("TIMEX3") && inText) {
            timexStart = text.length();
            type = xml.getAttributeValue(null, "type");
            value = xml.getAttributeValue(null, "value");
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("TEXT")) {
            inText = false;
          } else if (name.equals("DCT")) {
            inDct = false;
          } else if (name.equals("TIMEX3") && inText && timexStart >= 0) {
            String all = text.toString();
            timexes.add(new Timex(Span.of(all, timexStart, all.length()), type, value));
            timexStart = -1;
          }
        } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE)) {
          text.append(xml.getText());
        }
      }
      xml.close();
    } catch (IOException | XMLStreamException e) {
      throw new IllegalArgumentException("cannot read TimeML " + path + ": " + e.getMessage(), e);
    }
    if (!sawText) {
      throw new IllegalArgumentException("TimeML " + path + " has no <TEXT>");
    }
    return new TimeMlDocument(file, dct, text.toString(), timexes);
  }
}
