package org.newsgraph.benchmarks;

import java.util.concurrent.TimeUnit;
import org.newsgraph.extract.places.Gazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Loading the gazetteer from the jar's resources into its in-memory index, once per fresh JVM (cold start). */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class GazetteerLoadBenchmark {
  @Benchmark
  public Gazetteer load() {
    return Gazetteer.load();
  }
}
