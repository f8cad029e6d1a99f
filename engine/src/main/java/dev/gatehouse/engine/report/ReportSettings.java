package dev.gatehouse.engine.report;

import dev.gatehouse.engine.config.Env;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Map;

/**
 * How reports count: the fixed monthly cost the manager enters (seats, mailboxes, hosting; USD)
 * so cost per qualified opportunity is the whole number, and the team's time zone, in which
 * weeks start on Monday and the digest goes out on Monday morning.
 */
public record ReportSettings(BigDecimal fixedMonthlyCost, ZoneId teamZone) {
    public static final ReportSettings DEFAULT = new ReportSettings(BigDecimal.ZERO, ZoneId.of("UTC"));

    public static ReportSettings fromEnv(Map<String, String> values) {
        var env = new Env(values);
        var fixed = env.decimal("GATEHOUSE_FIXED_MONTHLY_COST", 0, 0, 10_000_000);
        var zone = env.zone("GATEHOUSE_TEAM_TIME_ZONE", env.zone("MAILBOX_TIME_ZONE", ZoneId.of("UTC")));
        env.check();
        return new ReportSettings(BigDecimal.valueOf(fixed), zone);
    }
}
