package dev.gatehouse.engine.customers;

import dev.gatehouse.engine.config.Env;

import java.time.Duration;
import java.util.Map;

/**
 * After-the-sale settings: how long the CSM has to acknowledge a hot escalation before the
 * managers are told ({@code GATEHOUSE_CSM_ACK_MINUTES}), and how many days before a renewal its
 * pre-call package is assembled ({@code GATEHOUSE_RENEWAL_PACKAGE_DAYS}).
 */
public record CustomerSettings(Duration ackWindow, int renewalPackageDays) {
    public static final CustomerSettings DEFAULT = new CustomerSettings(Duration.ofMinutes(15), 30);

    public static CustomerSettings fromEnv(Map<String, String> values) {
        var env = new Env(values);
        var ack = env.integer("GATEHOUSE_CSM_ACK_MINUTES", 15, 1, 10_080);
        var days = env.integer("GATEHOUSE_RENEWAL_PACKAGE_DAYS", 30, 1, 365);
        env.check();
        return new CustomerSettings(Duration.ofMinutes(ack), days);
    }
}
