package dev.gatehouse.engine.config;


import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database is. With {@code DATABASE_URL} unset, Gatehouse runs its own embedded
 * PostgreSQL whose data lives under {@code ~/.gatehouse/pgdata}, so a first run needs only a JDK.
 *
 * <p>{@code DATABASE_URL} takes either a JDBC URL ({@code jdbc:postgresql://host/db}) or the
 * {@code postgres://user:password@host:port/db} form most hosting providers hand out.
 */
public record DatabaseConfig(Optional<String> jdbcUrl, String user, String password, Path embeddedDataDir,
                             int maxPoolSize) {

    public static DatabaseConfig fromEnv(Map<String, String> values) {
        var env = new Env(values);
        var home = Path.of(env.string("HOME", System.getProperty("user.home")));
        var dataDir = Path.of(env.string("GATEHOUSE_DATA_DIR", home.resolve(".gatehouse").toString())).resolve("pgdata");
        var pool = env.integer("DATABASE_POOL_SIZE", 10);
        var user = env.string("DATABASE_USER", "");
        var password = env.string("DATABASE_PASSWORD", "");
        Optional<String> jdbc = Optional.empty();
        var raw = env.optional("DATABASE_URL");
        if (raw.isPresent()) {
            var url = raw.get();
            if (url.startsWith("jdbc:postgresql:")) {
                jdbc = Optional.of(url);
            } else if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
                try {
                    var uri = URI.create(url);
                    var port = uri.getPort() > 0 ? uri.getPort() : 5432;
                    jdbc = Optional.of("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath()
                            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
                    if (uri.getUserInfo() != null) {
                        var parts = uri.getUserInfo().split(":", 2);
                        user = java.net.URLDecoder.decode(parts[0], java.nio.charset.StandardCharsets.UTF_8);
                        if (parts.length == 2) {
                            password = java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8);
                        }
                    }
                } catch (IllegalArgumentException e) {
                    env.problem("DATABASE_URL is not a valid URL");
                }
            } else {
                env.problem("DATABASE_URL must start with jdbc:postgresql:, postgres:// or postgresql://");
            }
        }
        env.check();
        return new DatabaseConfig(jdbc, user, password, dataDir, pool);
    }

    public boolean embedded() {
        return jdbcUrl.isEmpty();
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + jdbcUrl.orElse("<embedded at " + embeddedDataDir + ">")
                + ", user=" + user + ", password=" + Env.mask(password) + ", pool=" + maxPoolSize + "]";
    }
}
