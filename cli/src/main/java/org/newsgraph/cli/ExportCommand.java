package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes every table to one file per table (articles.csv, events.parquet, ...).")
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true, paramLabel = "csv|jsonl|parquet", description = "File format.")
  String format;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write to.")
  Path out;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "newsgraph-data",
      description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Override
  public Integer call() {
    ExportFormat f;
    try {
      f = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format must be csv, jsonl or parquet, not: " + format);
    }
    try (Store store = Store.openReadOnly(data)) {
      List<Path> files = store.export(f, out);
      files.forEach(p -> System.out.println(p));
    }
    return 0;
  }
}
