package devtools.es;

import com.sun.security.auth.module.UnixSystem;

import org.elasticsearch.bootstrap.BootstrapInfo;
import org.elasticsearch.bootstrap.ServerArgs;
import org.elasticsearch.common.io.stream.OutputStreamStreamOutput;
import org.elasticsearch.common.settings.KeyStoreWrapper;
import org.elasticsearch.common.settings.SecureString;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts a real single-node Elasticsearch for development, from the home directory that
 * {@code mvn package} assembles (see README.md). It does what Elasticsearch's server-cli
 * (not published to Maven Central) does for the tar distribution: read elasticsearch.yml and
 * -E settings, bootstrap the keystore, start the server JVM
 * ({@code -m org.elasticsearch.server/org.elasticsearch.bootstrap.Elasticsearch}) on the module
 * path, stream the {@link ServerArgs} to its stdin, and ask it to shut down (shutdown marker on
 * stdin) when this process gets SIGTERM/SIGINT. If this process dies, the server sees its stdin
 * close and exits too.
 *
 * <pre>
 * java -cp "HOME/launcher/*:HOME/lib/*" devtools.es.EsLauncher --home HOME --state STATE [--port 9250] [-Ekey=value...]
 * </pre>
 * STATE receives config/, data/, logs/, tmp/ and node.pid. HTTP and transport bind to 127.0.0.1 only.
 * Extra JVM options for the server: environment variable ES_JAVA_OPTS (appended last).
 */
public final class EsLauncher {

    private static final int NOBODY = 65534;

    public static void main(String[] argv) throws Exception {
        Path home = null;
        Path state = null;
        String port = "9250";
        Map<String, String> cliSettings = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (a.equals("--home") && i + 1 < argv.length) {
                home = Path.of(argv[++i]);
            } else if (a.equals("--state") && i + 1 < argv.length) {
                state = Path.of(argv[++i]);
            } else if (a.equals("--port") && i + 1 < argv.length) {
                port = argv[++i];
            } else if (a.startsWith("-E") && a.indexOf('=') > 2) {
                cliSettings.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else {
                System.err.println("usage: EsLauncher --home ES_HOME --state STATE_DIR [--port 9250] [-Ekey=value ...]");
                System.err.println("unknown or incomplete argument: " + a);
                System.exit(64);
            }
        }
        if (home == null || state == null) {
            System.err.println("usage: EsLauncher --home ES_HOME --state STATE_DIR [--port 9250] [-Ekey=value ...]");
            System.exit(64);
        }
        home = home.toAbsolutePath().normalize();
        state = state.toAbsolutePath().normalize();

        Path config = state.resolve("config");
        Path data = state.resolve("data");
        Path logs = state.resolve("logs");
        Path tmp = state.resolve("tmp");
        for (Path dir : List.of(config, data, logs, tmp)) {
            Files.createDirectories(dir);
        }
        // config templates are refreshed on every start; the keystore in config/ is kept
        try (Stream<Path> files = Files.list(home.resolve("config"))) {
            for (Path f : files.toList()) {
                Files.copy(f, config.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }

        cliSettings.put("path.home", home.toString());
        cliSettings.put("path.data", data.toString());
        cliSettings.put("path.logs", logs.toString());
        cliSettings.put("http.port", port);
        cliSettings.put("network.host", "127.0.0.1"); // loopback only, whatever the config says
        Environment env = InternalSettingsPreparer.prepareEnvironment(Settings.EMPTY, cliSettings, config, () -> "devtools-es");
        KeyStoreWrapper keystore = KeyStoreWrapper.bootstrap(config, () -> new SecureString(new char[0]));
        Path pidFile = state.resolve("node.pid");
        ServerArgs serverArgs = new ServerArgs(false, false, pidFile, keystore, env.settings(), config, logs);

        List<String> cmd = new ArrayList<>();
        if (new UnixSystem().getUid() == 0) {
            // Elasticsearch refuses to run as root ("can not run elasticsearch as root"):
            // run the server JVM as nobody, and give it the state directory.
            run("chown", "-R", NOBODY + ":" + NOBODY, state.toString());
            cmd.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // JVM options of the distribution's jvm.options / SystemJvmOptions, minus production-only ones
        cmd.addAll(List.of(
            "-Xms512m",
            "-Xmx1g",
            "-XX:MaxDirectMemorySize=512m",
            "-XX:+UseG1GC",
            "-Xss1m",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:-OmitStackTraceInFastThrow",
            "-Djava.awt.headless=true",
            "-Dfile.encoding=UTF-8",
            "-Djna.nosys=true",
            "-Des.networkaddress.cache.ttl=60",
            "-Des.networkaddress.cache.negative.ttl=10",
            "-Dio.netty.noUnsafe=true",
            "-Dio.netty.noKeySetOptimization=true",
            "-Dio.netty.recycler.maxCapacityPerThread=0",
            "-Dlog4j.shutdownHookEnabled=false",
            "-Dlog4j2.disable.jmx=true",
            "-Dlog4j2.formatMsgNoLookups=true",
            "-Djava.locale.providers=CLDR",
            "-Djava.io.tmpdir=" + tmp,
            "-Duser.home=" + tmp,
            "-Des.path.home=" + home,
            "-Des.path.conf=" + config,
            "-Des.distribution.type=tar",
            // entitlements: the server attaches lib/entitlement-agent to itself; the bridge goes into java.base
            "-Djdk.attach.allowAttachSelf=true",
            "--patch-module=java.base=" + onlyJar(home.resolve("lib-bridge")),
            "--add-exports=java.base/org.elasticsearch.entitlement.bridge=org.elasticsearch.entitlement,java.logging,java.net.http,java.naming,jdk.net"
        ));
        if (Runtime.version().feature() >= 21) {
            cmd.add("-XX:+EnableDynamicAgentLoading");
            cmd.add("--enable-native-access=org.elasticsearch.nativeaccess,org.apache.lucene.core");
        }
        String extra = System.getenv("ES_JAVA_OPTS");
        if (extra != null && extra.isBlank() == false) {
            cmd.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        cmd.addAll(List.of(
            "--module-path", home.resolve("lib").toString(),
            "--add-modules=jdk.net",
            "--add-modules=jdk.management.agent",
            "--add-modules=ALL-MODULE-PATH",
            "-m", "org.elasticsearch.server/org.elasticsearch.bootstrap.Elasticsearch"
        ));

        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.directory(home.toFile());
        pb.environment().put("LIBFFI_TMPDIR", tmp.toString());
        pb.environment().remove("ES_JAVA_OPTS");
        pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process server = pb.start();
        OutputStream serverStdin = server.getOutputStream();
        OutputStreamStreamOutput out = new OutputStreamStreamOutput(serverStdin);
        serverArgs.writeTo(out);
        out.flush(); // stdin stays open: closing it would stop the server

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (server.isAlive()) {
                try {
                    serverStdin.write(BootstrapInfo.SERVER_SHUTDOWN_MARKER);
                    serverStdin.flush();
                    if (server.waitFor(60, TimeUnit.SECONDS) == false) {
                        server.destroyForcibly();
                    }
                } catch (IOException | InterruptedException e) {
                    server.destroyForcibly();
                }
            }
        }, "es-launcher-shutdown"));
        System.exit(server.waitFor());
    }

    private static String onlyJar(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> jars = s.filter(p -> p.toString().endsWith(".jar")).toList();
            if (jars.size() != 1) {
                throw new IllegalStateException("expected exactly one jar in " + dir + ", found " + jars);
            }
            return jars.get(0).toString();
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        int rc = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (rc != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + rc);
        }
    }
}
