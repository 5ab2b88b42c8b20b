package org.newsgraph.store;

/** File formats of {@link Store#export}; each table becomes one file named {@code <table>.<extension>}. */
public enum ExportFormat {
  /** Comma-separated values with a header line. */
  CSV("csv", "FORMAT csv, HEADER"),
  /** One JSON object per line. */
  JSONL("jsonl", "FORMAT json"),
  /** Apache Parquet, the layout Spark and any Parquet engine read. */
  PARQUET("parquet", "FORMAT parquet");

  private final String extension;
  private final String copyOptions;

  ExportFormat(String extension, String copyOptions) {
    this.extension = extension;
    this.copyOptions = copyOptions;
  }

  /** File name extension without the dot. */
  public String extension() {
    return extension;
  }

  /** The options of DuckDB's {@code COPY ... TO} for this format. */
  String copyOptions() {
    return copyOptions;
  }
}
