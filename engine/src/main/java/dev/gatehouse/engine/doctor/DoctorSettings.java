package dev.gatehouse.engine.doctor;

import dev.gatehouse.engine.config.Env;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * What only {@code doctor} reads: the DNS resolver to ask (the system's when unset; tests and
 * split-horizon networks name one) and the DKIM selector the mail provider signs with.
 */
public record DoctorSettings(Optional<String> dnsServer, Optional<String> dkimSelector) {
    public static final String DNS_SERVER = "GATEHOUSE_DNS_SERVER";
    public static final String DKIM_SELECTOR = "GATEHOUSE_DKIM_SELECTOR";

    public static DoctorSettings fromEnv(Map<String, String> values) {
        var env = new Env(values);
        var server = env.optional(DNS_SERVER);
        if (server.isPresent() && !isHostAndPort(server.get())) {
            env.problem(DNS_SERVER + " must be a resolver address like 1.1.1.1 or 127.0.0.1:5353 (got '" + server.get() + "')");
        }
        var selector = env.optional(DKIM_SELECTOR);
        if (selector.isPresent() && !selector.get().matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*")) {
            env.problem(DKIM_SELECTOR + " must be a DNS label like google or s1 (got '" + selector.get() + "')");
        }
        env.check();
        return new DoctorSettings(server, selector);
    }

    private static boolean isHostAndPort(String value) {
        try {
            var uri = new URI("dns://" + value);
            return uri.getHost() != null && uri.getRawPath().isEmpty() && uri.getRawQuery() == null
                    && uri.getRawUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
