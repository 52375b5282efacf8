// Launches an embedded Neo4j with a Bolt connector on 127.0.0.1 so the app and tests get a real database without Docker.
package app.kgexplorer.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Usage: Main --data-dir DIR [--port N] [--page-cache SIZE] [--transaction-memory SIZE] [--exit-on-stdin-eof]
 * (or -Dkgx.neo4j.dataDir / -Dkgx.neo4j.port / -Dkgx.neo4j.pageCache / -Dkgx.neo4j.transactionMemory /
 * -Dkgx.neo4j.exitOnStdinEof=true).
 *
 * Protocol with the Node side (server/src/neo4j-local/local-neo4j.ts): exactly one line
 * "NEO4J_READY bolt://127.0.0.1:PORT version=X" on stdout once Bolt accepts queries; on failure a
 * "NEO4J_FAILED reason" line on stderr and a non-zero exit.
 */
public final class Main {
    private static final String HOST = "127.0.0.1";
    private static final int DEFAULT_PORT = 7687;
    private static final String DEFAULT_PAGE_CACHE = "512m";
    /** The most one transaction may hold: a console query that would take the heap fails alone instead. */
    private static final String DEFAULT_TRANSACTION_MEMORY = "512m";
    private static final Duration AVAILABILITY_TIMEOUT = Duration.ofSeconds(110);

    // Exit codes the Node side can tell apart from a JVM crash.
    private static final int EXIT_STARTUP_FAILED = 1;
    private static final int EXIT_USAGE = 2;
    private static final int EXIT_PORT_IN_USE = 3;
    private static final int EXIT_DATA_DIR_IN_USE = 4;

    private static volatile DatabaseManagementService service;
    private static final CountDownLatch startupFinished = new CountDownLatch(1);

    private Main() {}

    public static void main(String[] args) {
        // Neo4j must not own stdout: the Node side parses it line by line for the READY marker.
        PrintStream protocolOut = System.out;
        System.setOut(System.err);

        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail(EXIT_USAGE, e.getMessage());
            return;
        }

        // Registered before startup so that SIGTERM or a closed stdin during a slow start still shuts down cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(Main::shutdown, "neo4j-local-shutdown"));
        if (options.exitOnStdinEof) {
            watchStdin();
        }

        if (!portIsFree(options.port)) {
            fail(EXIT_PORT_IN_USE, "port " + options.port + " on " + HOST + " is already in use"
                    + " (another Neo4j running? pick another port with --port)");
            return;
        }

        // Neo4j would find this too, but only after starting Bolt and then spending seconds tearing it down again.
        if (storeIsLocked(options.dataDir)) {
            fail(EXIT_DATA_DIR_IN_USE, "data dir " + options.dataDir + " is already used by another running Neo4j");
            return;
        }

        try {
            Files.createDirectories(options.dataDir);
            DatabaseManagementService started = new DatabaseManagementServiceBuilder(options.dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port))
                    // Keeps every other listener (e.g. server-side routing) off external interfaces.
                    .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                    .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                    // Server-side routing would bind a second fixed port (7688) and clash between instances.
                    .setConfig(GraphDatabaseSettings.routing_enabled, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // The 5 s production grace periods made every stop (and every failed start) take 10+ s;
                    // a dev/test DB has nothing worth waiting that long for.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(options.pageCache))
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(options.transactionMemory))
                    // A dev/test database: small, non-preallocated tx logs instead of the 256 MiB production defaults.
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "64M size")
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .build();
            service = started;

            GraphDatabaseService db = started.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(AVAILABILITY_TIMEOUT.toMillis())) {
                throw new IllegalStateException("database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME
                        + "' did not become available within " + AVAILABILITY_TIMEOUT.toSeconds() + " s");
            }
            // Going through Cypher proves procedures work, which is what the app relies on for its version report.
            String version = db.executeTransactionally(
                    "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
                    Map.of(),
                    result -> String.valueOf(result.next().get("version")));
            awaitBolt(options.port);

            protocolOut.println("NEO4J_READY bolt://" + HOST + ":" + options.port + " version=" + version);
            protocolOut.flush();
        } catch (Throwable t) {
            fail(EXIT_STARTUP_FAILED, describe(t));
            return;
        }
        startupFinished.countDown();
        // Main returns; Neo4j's non-daemon threads keep the JVM alive until SIGTERM or stdin EOF.
    }

    private static void shutdown() {
        try {
            // Lets an in-flight build() finish so we shut down a whole DBMS rather than halting mid-startup.
            startupFinished.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        DatabaseManagementService current = service;
        service = null;
        if (current != null) {
            System.err.println("neo4j-local: shutting down");
            try {
                current.shutdown();
            } catch (Throwable t) {
                System.err.println("neo4j-local: shutdown failed: " + describe(t));
            }
        }
    }

    /** The Node parent holds our stdin; EOF means it is gone (even if it was SIGKILLed), so we must go too. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) != -1) {
                    // Input is ignored; only EOF matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as EOF.
            }
            System.err.println("neo4j-local: stdin closed, exiting");
            System.exit(0);
        }, "neo4j-local-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // Reuse as a real server does: sockets of a previous run in TIME_WAIT must not count as "in use".
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Same lock file and lock kind Neo4j's own store locker takes; released at once so Neo4j can take it. */
    private static boolean storeIsLocked(Path dataDir) {
        Path lockFile = dataDir.resolve("data").resolve("databases").resolve("store_lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // Unreadable lock file: let Neo4j report the real problem.
            return false;
        }
    }

    /** build() normally returns with Bolt bound, but the READY line promises it, so check rather than assume. */
    private static void awaitBolt(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt is not accepting connections on " + HOST + ":" + port, e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static String describe(Throwable t) {
        StringBuilder message = new StringBuilder(String.valueOf(t));
        for (Throwable cause = t.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(" <- caused by ").append(cause);
        }
        return message.toString();
    }

    private static void fail(int code, String reason) {
        // The shutdown hook waits for this latch; nothing is left to wait for once we have failed.
        startupFinished.countDown();
        System.err.println("NEO4J_FAILED " + reason);
        System.err.flush();
        System.exit(code);
    }

    private record Options(Path dataDir, int port, String pageCache, String transactionMemory, boolean exitOnStdinEof) {
        static Options parse(String[] args) {
            String dataDir = System.getProperty("kgx.neo4j.dataDir");
            String port = System.getProperty("kgx.neo4j.port");
            String pageCache = System.getProperty("kgx.neo4j.pageCache", DEFAULT_PAGE_CACHE);
            String transactionMemory = System.getProperty("kgx.neo4j.transactionMemory", DEFAULT_TRANSACTION_MEMORY);
            boolean exitOnStdinEof = Boolean.getBoolean("kgx.neo4j.exitOnStdinEof");
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data-dir" -> dataDir = value(args, ++i, "--data-dir");
                    case "--port" -> port = value(args, ++i, "--port");
                    case "--page-cache" -> pageCache = value(args, ++i, "--page-cache");
                    case "--transaction-memory" -> transactionMemory = value(args, ++i, "--transaction-memory");
                    case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                            + "'; usage: --data-dir DIR [--port N] [--page-cache SIZE] [--transaction-memory SIZE]"
                            + " [--exit-on-stdin-eof]");
                }
            }
            if (dataDir == null || dataDir.isBlank()) {
                throw new IllegalArgumentException("missing --data-dir (or -Dkgx.neo4j.dataDir)");
            }
            int portNumber = DEFAULT_PORT;
            if (port != null) {
                try {
                    portNumber = Integer.parseInt(port.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("port must be a number, got '" + port + "'");
                }
                if (portNumber < 1 || portNumber > 65535) {
                    throw new IllegalArgumentException("port must be within 1..65535, got " + portNumber);
                }
            }
            try {
                ByteUnit.parse(pageCache);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("page cache size must look like 512m or 1g, got '" + pageCache + "'");
            }
            try {
                ByteUnit.parse(transactionMemory);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "transaction memory must look like 512m or 1g, got '" + transactionMemory + "'");
            }
            return new Options(Path.of(dataDir).toAbsolutePath().normalize(), portNumber,
                    pageCache.toLowerCase(Locale.ROOT), transactionMemory.toLowerCase(Locale.ROOT), exitOnStdinEof);
        }

        private static String value(String[] args, int index, String flag) {
            if (index >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[index];
        }
    }
}
