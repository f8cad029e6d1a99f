package dev.gatehouse.engine.delivery;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Pacing and protection settings for sending; every field has a default that is safe for a new mailbox. */
public record DeliverabilityConfig(SendWindow window, int dailyCap, Duration minSpacing, Duration maxJitter,
                                   ZoneId mailboxZone, BounceCircuitBreaker breaker) {
    public static final DeliverabilityConfig DEFAULTS = new DeliverabilityConfig(SendWindow.BUSINESS_HOURS, 40,
            Duration.ofSeconds(90), Duration.ofSeconds(60), ZoneId.of("UTC"), new BounceCircuitBreaker(50, 3, 0.05));

    public DeliverabilityConfig {
        Objects.requireNonNull(window, "window");
        if (dailyCap < 1) throw new IllegalArgumentException("dailyCap must be at least 1");
        Objects.requireNonNull(minSpacing, "minSpacing");
        Objects.requireNonNull(maxJitter, "maxJitter");
        Objects.requireNonNull(mailboxZone, "mailboxZone");
        Objects.requireNonNull(breaker, "breaker");
    }

    public static DeliverabilityConfig fromEnv(Map<String, String> env) {
        DeliverabilityConfig d = DEFAULTS;
        var in = new dev.gatehouse.engine.config.Env(env);
        Set<DayOfWeek> days = in.parsed("SEND_DAYS", d.window().days(), DeliverabilityConfig::days,
                "day names like MON-FRI or MON,TUE,WED");
        LocalTime start = in.time("SEND_WINDOW_START", d.window().start());
        LocalTime end = in.time("SEND_WINDOW_END", d.window().end());
        if (!start.isBefore(end)) in.problem("SEND_WINDOW_START must be before SEND_WINDOW_END");
        int cap = in.integer("MAILBOX_DAILY_CAP", d.dailyCap(), 1, 10_000);
        Duration spacing = in.seconds("SEND_MIN_SPACING_SECONDS", d.minSpacing());
        Duration jitter = in.seconds("SEND_JITTER_SECONDS", d.maxJitter());
        ZoneId zone = in.zone("MAILBOX_TIME_ZONE", d.mailboxZone());
        int bounceWindow = in.integer("BOUNCE_WINDOW_SENDS", d.breaker().window(), 1, 10_000);
        int bounceCount = in.integer("BOUNCE_PAUSE_COUNT", d.breaker().minHardBounces(), 1, 10_000);
        double bounceRate = in.decimal("BOUNCE_PAUSE_RATE", d.breaker().maxBounceRate(), 0.0001, 1);
        in.check("Deliverability");
        return new DeliverabilityConfig(new SendWindow(days, start, end), cap, spacing, jitter, zone,
                new BounceCircuitBreaker(bounceWindow, bounceCount, bounceRate));
    }

    /** {@code MON-FRI}, {@code MON,WED,FRI} or full names; ranges do not wrap past Sunday. */
    static Set<DayOfWeek> days(String raw) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : raw.split(",")) {
            String[] range = part.trim().split("-");
            if (range.length == 1) {
                days.add(day(range[0]));
            } else if (range.length == 2 && day(range[0]).compareTo(day(range[1])) <= 0) {
                days.addAll(EnumSet.range(day(range[0]), day(range[1])));
            } else {
                throw new IllegalArgumentException(part);
            }
        }
        return days;
    }

    private static DayOfWeek day(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.length() < 3) throw new IllegalArgumentException(name);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(n)) return d;
        }
        throw new IllegalArgumentException(name);
    }
}
