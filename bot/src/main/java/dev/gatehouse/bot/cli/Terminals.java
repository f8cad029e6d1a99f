package dev.gatehouse.bot.cli;

/** Whether this process talks to a person at a terminal (progress redrawn in place) or to a file or pipe. */
final class Terminals {
    private Terminals() {
    }

    static boolean interactive() {
        var console = System.console();
        if (console == null) return false;
        try { // Console.isTerminal() is Java 22+; since 22 a console exists even when the output is redirected
            return (boolean) console.getClass().getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before 22: a console exists only when both ends are a terminal
        }
    }
}
