import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs codelibs' OpenSearchRunner exactly like its own main(), with one difference:
 * when the node fails to start, the reason is printed. OpenSearchRunner.main() catches
 * the exception and calls System.exit(1) without a word, which leaves an empty log tail.
 *
 * Compiled once by devtools/engine.py (javac), with ClusterNode.java, into .cache/engine/opensearch/classes.
 * Arguments are OpenSearchRunner's own (-basePath, -numOfNode, -clusterName, -baseHttpPort, ...).
 */
public final class DevNode {
    public static void main(String[] args) throws Exception {
        serve(new OpenSearchRunner(), args, "OpenSearch node");
    }

    /** Builds the node from the runner's arguments and keeps it up until it closes. */
    static void serve(OpenSearchRunner runner, String[] args, String what) throws InterruptedException {
        // SIGTERM -> close the node cleanly (flushes translog, releases the node lock).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        try {
            runner.build(args);
        } catch (Throwable t) {
            System.err.println(what + " failed to start:");
            t.printStackTrace();
            System.exit(1);
        }
        while (!runner.isClosed()) {
            Thread.sleep(1000);
        }
        System.exit(0);
    }
}
