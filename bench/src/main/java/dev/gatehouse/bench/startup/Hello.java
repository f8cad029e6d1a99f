package dev.gatehouse.bench.startup;

/** The start-up baseline: a JVM that prints one line and ends, on the same class path and flags as the bot. */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
