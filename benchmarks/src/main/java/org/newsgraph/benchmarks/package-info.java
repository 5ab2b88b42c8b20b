/**
 * JMH benchmarks of each stage's hot path: the CoreNLP front end, the extraction stages, the store and the readers.
 *
 * <p>Not API and not run by the build: {@code target/benchmarks.jar} is run by hand (see the module's README). The
 * package phase copies the CoreNLP models jar to {@code target/lib}, which the jar's manifest puts on the class
 * path. Build and run from the repository root:
 *
 * <pre>
 * ./mvnw -B -o -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar 'StagesBenchmark|AnnotatorBenchmark.full|PlacesBenchmark' -f 1 -wi 2 -i 3
 * java -jar benchmarks/target/benchmarks.jar GazetteerLoadBenchmark
 * </pre>
 *
 * <p>The figures the issues' speed criteria ask for: the time stage's tokens per second is {@code
 * StagesBenchmark.timesThroughput:tokens}; a stage's share of the time per article is its {@code StagesBenchmark}
 * score over {@code StagesBenchmark.pipeline} (the whole pipeline, CoreNLP included); the time per toponym is {@code
 * PlacesBenchmark.resolve:toponyms}; the gazetteer's load time is {@code GazetteerLoadBenchmark.load}, and each of
 * its forks prints the heap the loaded gazetteer holds.
 */
package org.newsgraph.benchmarks;
