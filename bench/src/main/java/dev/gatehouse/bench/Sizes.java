package dev.gatehouse.bench;

import java.util.Map;

/**
 * How much work each benchmark does: the published sizes, or small ones ({@code --quick}) that
 * check the whole harness in seconds. The full sizes can be changed through the environment;
 * {@code botSettings} are added to the environment of every bot the flow and memory benchmarks start.
 */
record Sizes(boolean quick, int verifyDrafts, int triageReplies, int scoreAccounts, int semanticAccounts, int ingestRows,
             int incrementalSignals, int incrementalWarmUp, int incrementalSamples, int acks, int flowWarmUp, int flowSamples, int starts, int memoryAccounts,
             int memorySignals, int memoryPass, boolean footprints, Map<String, String> botSettings, int planAccounts,
             int healthCustomers) {

    static Sizes published(Map<String, String> env) {
        return new Sizes(false, 400, 300, number(env, "GATEHOUSE_BENCH_ACCOUNTS", 1_000_000), 200,
                number(env, "GATEHOUSE_BENCH_SIGNALS", 1_000_000), 100_000, 300, 500, number(env, "GATEHOUSE_BENCH_ACKS", 20_000),
                2, number(env, "GATEHOUSE_BENCH_FLOW_SAMPLES", 20), 3, 100_000, 1_000_000, 1_000, true, Map.of(),
                number(env, "GATEHOUSE_BENCH_PLAN_ACCOUNTS", 100_000), number(env, "GATEHOUSE_BENCH_CUSTOMERS", 10_000));
    }

    /**
     * Also polls for due jobs every 200 ms instead of the default 2 s (the waits, not the work,
     * would take the time) and leaves out the memory benchmark's footprint JVMs.
     */
    static Sizes small() {
        return new Sizes(true, 60, 60, 2_000, 0, 2_000, 2_000, 20, 100, 200, 1, 2, 0, 2_000, 20_000, 50, false,
                Map.of("GATEHOUSE_JOB_POLL_MS", "200"), 5_000, 500);
    }

    private static int number(Map<String, String> env, String key, int fallback) {
        try {
            return Integer.parseInt(env.getOrDefault(key, Integer.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
