package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves the REST API and web page.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "newsgraph-data",
      description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host;

  @Override
  public Integer call() throws Exception {
    try (Store store = Store.openReadOnly(data)) {
      serve(store, host, port);
    }
    return 0;
  }

  /** Serves until the process is stopped (Ctrl-C). */
  static void serve(Store store, String host, int port) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    try (NewsgraphServer server = NewsgraphServer.start(store, host, port)) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      System.err.println("serving http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + server.port()
          + "/  (Ctrl-C to stop)");
      stopped.await();
    }
  }
}
