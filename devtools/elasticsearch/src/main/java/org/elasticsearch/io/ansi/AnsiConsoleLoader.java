package org.elasticsearch.io.ansi;

import java.util.function.Supplier;

/**
 * Stand-in for Elasticsearch's optional "ansi-console" tool jar (not published to Maven Central).
 * The server loads this class by name from lib/tools/ansi-console; returning null means
 * "no console attached", which the server supports (it then logs to its normal appenders only).
 */
public class AnsiConsoleLoader implements Supplier<Object> {
    @Override
    public Object get() {
        return null;
    }
}
