package org.newsgraph.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.TimeUnit;
import org.newsgraph.extract.places.Gazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the gazetteer from the jar's resources into its in-memory index, once per fresh JVM (cold start). Each
 * fork also prints the heap the loaded gazetteer holds: the used heap after a full collection with the gazetteer
 * referenced, less the same before loading (an estimate: {@link System#gc()} is a request, and the JVM may size
 * things lazily).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class GazetteerLoadBenchmark {
  private Gazetteer held;
  private long usedBefore;

  @Setup(Level.Trial)
  public void measureBefore() {
    usedBefore = usedAfterGc();
  }

  @Benchmark
  public Gazetteer load() {
    held = Gazetteer.load();
    return held;
  }

  @TearDown(Level.Trial)
  public void printHeld() {
    long held = usedAfterGc() - usedBefore;
    System.out.printf("gazetteer of %d places holds about %d MB of heap%n", this.held.size(), held >> 20);
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
