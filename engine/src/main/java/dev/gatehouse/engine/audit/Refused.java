package dev.gatehouse.engine.audit;

/**
 * Someone tried what their role does not allow (approve without being a reviewer, set autonomy
 * without being a manager); recorded against the surface they used and its name.
 */
public record Refused(Actor actor, Surface surface, String name, String why) implements AuditEvent {
    public enum Surface {
        /** A button; {@code name} is its action id. */
        ACTION("slack_action"),
        /** A modal submission; {@code name} is its callback id. */
        VIEW("slack_view"),
        /** A slash command; {@code name} is the command. */
        COMMAND("slack_command");

        private final String wire;

        Surface(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    @Override
    public String action() {
        return "refused";
    }

    @Override
    public Subject subject() {
        return new Subject(surface.wire(), name);
    }

    @Override
    public String detail() {
        return why;
    }
}
