package devtools.es.agent;

import java.lang.instrument.Instrumentation;

/**
 * Stand-in for Elasticsearch's internal "entitlement-agent" jar (not published to Maven Central).
 * Elasticsearch attaches this agent to itself and passes the name of its own initialization class
 * as the agent argument; the agent only hands the Instrumentation instance to that class.
 */
public final class EntitlementAgentStandIn {
    private EntitlementAgentStandIn() {}

    public static void agentmain(String initClassName, Instrumentation inst) throws Exception {
        Class<?> init = Class.forName(initClassName, true, ClassLoader.getSystemClassLoader());
        init.getMethod("initialize", Instrumentation.class).invoke(null, inst);
    }
}
