import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One member of a multi-JVM OpenSearch cluster (devtools/cluster.py starts three of these).
 *
 * Like DevNode, but the node's own config file wins over the runner's defaults: the runner
 * names every node "Node 1" and picks the HTTP port itself, while a cluster needs distinct
 * node names (cluster.initial_cluster_manager_nodes lists them), fixed HTTP and transport
 * ports and discovery.seed_hosts. The config is BASE/node_1/config/opensearch.yml, written by
 * devtools/cluster.py. Arguments are OpenSearchRunner's own (-basePath is required).
 */
public final class ClusterNode {
    public static void main(String[] args) throws Exception {
        String basePath = null;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-basePath")) {
                basePath = args[i + 1];
            }
        }
        if (basePath == null) {
            System.err.println("usage: ClusterNode -basePath DIR [OpenSearchRunner options]");
            System.exit(2);
        }
        Path config = Paths.get(basePath, "node_1", "config", "opensearch.yml");
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, builder) -> {
            try {
                builder.loadFromPath(config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        DevNode.serve(runner, args, "OpenSearch cluster node");
    }
}
