/*
 * Port of the "GET /" and "HEAD /" endpoint of Elasticsearch to the 8.19 plugin API.
 * Adapted from the Apache-2.0 licensed Elasticsearch 7.10.2 sources published on Maven Central
 * (org.elasticsearch:elasticsearch:7.10.2:sources, classes org.elasticsearch.action.main.* and
 * org.elasticsearch.rest.action.RestMainAction). In 8.x this endpoint lives in the "rest-root"
 * module, which Elastic does not publish to Maven Central.
 */
package devtools.es.restroot;

import org.elasticsearch.Build;
import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.ActionRequest;
import org.elasticsearch.action.ActionRequestValidationException;
import org.elasticsearch.action.ActionResponse;
import org.elasticsearch.action.ActionType;
import org.elasticsearch.action.support.ActionFilters;
import org.elasticsearch.action.support.TransportAction;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterName;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.io.stream.StreamOutput;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.common.util.concurrent.EsExecutors;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.injection.guice.Inject;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.rest.action.RestBuilderListener;
import org.elasticsearch.tasks.Task;
import org.elasticsearch.transport.TransportService;
import org.elasticsearch.xcontent.ToXContentObject;
import org.elasticsearch.xcontent.XContentBuilder;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.elasticsearch.rest.RestRequest.Method.GET;
import static org.elasticsearch.rest.RestRequest.Method.HEAD;

public class MainRestPlugin extends Plugin implements ActionPlugin {

    public static final ActionType<MainResponse> MAIN_ACTION = ActionType.localOnly("cluster:monitor/main");

    @Override
    public Collection<ActionHandler<? extends ActionRequest, ? extends ActionResponse>> getActions() {
        return List.of(new ActionHandler<>(MAIN_ACTION, TransportMainAction.class));
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
        Settings settings,
        NamedWriteableRegistry namedWriteableRegistry,
        RestController restController,
        ClusterSettings clusterSettings,
        IndexScopedSettings indexScopedSettings,
        SettingsFilter settingsFilter,
        IndexNameExpressionResolver indexNameExpressionResolver,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new RestMainAction());
    }

    public static final class MainRequest extends ActionRequest {
        @Override
        public ActionRequestValidationException validate() {
            return null;
        }
    }

    public static final class MainResponse extends ActionResponse implements ToXContentObject {
        private final String nodeName;
        private final ClusterName clusterName;
        private final String clusterUuid;
        private final Build build;

        MainResponse(String nodeName, ClusterName clusterName, String clusterUuid, Build build) {
            this.nodeName = nodeName;
            this.clusterName = clusterName;
            this.clusterUuid = clusterUuid;
            this.build = build;
        }

        @Override
        public void writeTo(StreamOutput out) {
            throw new UnsupportedOperationException("local only");
        }

        @Override
        public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
            builder.startObject();
            builder.field("name", nodeName);
            builder.field("cluster_name", clusterName.value());
            builder.field("cluster_uuid", clusterUuid);
            builder.startObject("version")
                .field("number", build.qualifiedVersion())
                .field("build_flavor", build.flavor())
                .field("build_type", build.type().displayName())
                .field("build_hash", build.hash())
                .field("build_date", build.date())
                .field("build_snapshot", build.isSnapshot())
                .field("lucene_version", IndexVersion.current().luceneVersion().toString())
                .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                .endObject();
            builder.field("tagline", "You Know, for Search");
            builder.endObject();
            return builder;
        }
    }

    public static final class TransportMainAction extends TransportAction<MainRequest, MainResponse> {
        private final String nodeName;
        private final ClusterService clusterService;

        @Inject
        public TransportMainAction(Settings settings, TransportService transportService, ActionFilters actionFilters,
                                   ClusterService clusterService) {
            super(MAIN_ACTION.name(), actionFilters, transportService.getTaskManager(), EsExecutors.DIRECT_EXECUTOR_SERVICE);
            this.nodeName = Node.NODE_NAME_SETTING.get(settings);
            this.clusterService = clusterService;
        }

        @Override
        protected void doExecute(Task task, MainRequest request, ActionListener<MainResponse> listener) {
            ClusterState clusterState = clusterService.state();
            listener.onResponse(
                new MainResponse(nodeName, clusterState.getClusterName(), clusterState.metadata().clusterUUID(), Build.current())
            );
        }
    }

    public static final class RestMainAction extends BaseRestHandler {
        @Override
        public List<Route> routes() {
            return List.of(new Route(GET, "/"), new Route(HEAD, "/"));
        }

        @Override
        public String getName() {
            return "main_action";
        }

        @Override
        protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
            return channel -> client.execute(MAIN_ACTION, new MainRequest(), new RestBuilderListener<MainResponse>(channel) {
                @Override
                public RestResponse buildResponse(MainResponse response, XContentBuilder builder) throws Exception {
                    // Default to pretty printing, but allow ?pretty=false to disable
                    if (request.hasParam("pretty") == false) {
                        builder.prettyPrint().lfAtEnd();
                    }
                    response.toXContent(builder, request);
                    return new RestResponse(RestStatus.OK, builder);
                }
            });
        }

        @Override
        public boolean canTripCircuitBreaker() {
            return false;
        }
    }
}
