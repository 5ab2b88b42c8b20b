package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsgraphTest {
  @TempDir Path dir;

  @Test
  void noCommand_isAUsageError() {
    assertEquals(2, Console.run().status());
  }

  @Test
  void unknownCommand_isAUsageError() {
    Console.Result r = Console.run("frobnicate");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("frobnicate"), r.err());
  }

  @Test
  void demo_refusesToEmptyAFolderThatIsNotItsOwn() throws Exception {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("thesis.tex"), "precious");
    Console.Result r = Console.run("demo", "--no-serve", "--data", mine.toString());
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("not a demo folder"), r.err());
    assertTrue(Files.exists(mine.resolve("thesis.tex")));
  }

  @Test
  void oneLine_joinsCausesWithoutLineBreaks() {
    String line = Newsgraph.oneLine(new RuntimeException("cannot open store", new IllegalStateException("locked\nby 12")));
    assertEquals("cannot open store: locked by 12", line);
  }
}
