package org.newsgraph.store;

import java.nio.file.Path;

/**
 * Child JVM of {@link StoreCrashTest}: opens the store in {@code args[0]}, saves {@code args[1]} fixtures, printing
 * {@code saved N} after each, then waits to be killed without closing the store.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    Store store = Store.open(dir);
    System.out.println("opened");
    System.out.flush();
    for (int i = 0; i < n; i++) {
      store.save(Fixtures.annotation(i));
      System.out.println("saved " + (i + 1));
      System.out.flush();
    }
    System.out.println("done");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE); // never close: the parent kills this process
  }
}
