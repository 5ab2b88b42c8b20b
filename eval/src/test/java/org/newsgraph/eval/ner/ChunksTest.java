package org.newsgraph.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunksTest {
  @Test
  void of_iob2_bStartsEveryEntity() {
    assertEquals(List.of(new Chunks.Chunk(0, 2, "PER"), new Chunks.Chunk(2, 4, "PER"), new Chunks.Chunk(5, 6, "ORG")),
        Chunks.of(List.of("B-PER", "I-PER", "B-PER", "I-PER", "O", "B-ORG")));
  }

  @Test
  void of_iob1_iStartsAnEntityAndBSeparatesNeighbours() {
    assertEquals(List.of(new Chunks.Chunk(0, 2, "PER"), new Chunks.Chunk(2, 4, "PER"), new Chunks.Chunk(5, 6, "ORG")),
        Chunks.of(List.of("I-PER", "I-PER", "B-PER", "I-PER", "O", "I-ORG")));
  }

  @Test
  void of_typeChangeInsideIClosesTheEntityLikeConlleval() {
    assertEquals(List.of(new Chunks.Chunk(0, 1, "PER"), new Chunks.Chunk(1, 2, "ORG")),
        Chunks.of(List.of("B-PER", "I-ORG")));
  }

  @Test
  void tags_writeIob2AndRoundTrip() {
    List<Chunks.Chunk> chunks = List.of(new Chunks.Chunk(0, 2, "PER"), new Chunks.Chunk(2, 3, "PER"));
    List<String> tags = Chunks.tags(4, chunks);
    assertEquals(List.of("B-PER", "I-PER", "B-PER", "O"), tags);
    assertEquals(chunks, Chunks.of(tags));
  }

  @Test
  void of_rejectsWhatIsNoTag() {
    assertThrows(IllegalArgumentException.class, () -> Chunks.of(List.of("PER")));
  }
}
