package dev.gatehouse.engine.supervision;

import dev.gatehouse.engine.config.Env;
import dev.gatehouse.engine.gate.QualityBreaker;

import java.util.Map;

/**
 * Supervised autonomy's settings: the share of supervised actions posted for review when a manager
 * gives none, and the quality breaker (trips when {@code breakerFlags} of the newest
 * {@code breakerWindow} sampled actions of a type are flagged).
 */
public record SupervisionSettings(int defaultSamplePercent, int breakerFlags, int breakerWindow) {
    public static final SupervisionSettings DEFAULT = new SupervisionSettings(20, 3, 30);

    public SupervisionSettings {
        if (defaultSamplePercent < 1 || defaultSamplePercent > 100) {
            throw new IllegalArgumentException("defaultSamplePercent must be 1..100, was " + defaultSamplePercent);
        }
        if (breakerWindow < 1) throw new IllegalArgumentException("breakerWindow must be at least 1");
        if (breakerFlags < 1 || breakerFlags > breakerWindow) {
            throw new IllegalArgumentException("breakerFlags must be 1..breakerWindow, was " + breakerFlags);
        }
    }

    public QualityBreaker breaker() {
        return new QualityBreaker(breakerFlags, breakerWindow);
    }

    public static SupervisionSettings fromEnv(Map<String, String> values) {
        var env = new Env(values);
        var percent = env.integer("GATEHOUSE_SUPERVISED_SAMPLE_PERCENT", DEFAULT.defaultSamplePercent(), 1, 100);
        var window = env.integer("GATEHOUSE_QUALITY_BREAKER_WINDOW", DEFAULT.breakerWindow(), 1, 10_000);
        var flags = env.integer("GATEHOUSE_QUALITY_BREAKER_FLAGS", DEFAULT.breakerFlags(), 1, 10_000);
        if (flags > window) {
            env.problem("GATEHOUSE_QUALITY_BREAKER_FLAGS (" + flags + ") must not exceed GATEHOUSE_QUALITY_BREAKER_WINDOW ("
                    + window + ")");
        }
        env.check();
        return new SupervisionSettings(percent, flags, window);
    }
}
