import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs codelibs' OpenSearchRunner exactly like its own main(), with one difference:
 * when the node fails to start, the reason is printed. OpenSearchRunner.main() catches
 * the exception and calls System.exit(1) without a word, which leaves an empty log tail.
 *
 * Compiled once by devtools/engine.py (javac) into .cache/engine/opensearch/classes.
 * Arguments are OpenSearchRunner's own (-basePath, -numOfNode, -clusterName, -baseHttpPort, ...).
 */
public final class DevNode {
    public static void main(String[] args) throws Exception {
        OpenSearchRunner runner = new OpenSearchRunner();
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
            System.err.println("OpenSearch node failed to start:");
            t.printStackTrace();
            System.exit(1);
        }
        while (!runner.isClosed()) {
            Thread.sleep(1000);
        }
        System.exit(0);
    }
}
