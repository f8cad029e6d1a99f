package dev.gatehouse.engine.writing;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.research.PersonaPains.Pain;
import dev.gatehouse.engine.research.Text;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;

import java.util.List;

/**
 * The offline writer's wording. Openers restate the signal summary as written (only the frame
 * around it varies); nothing here adds a number, a customer, a title or a past conversation.
 * The manager's value proposition and proof points are kept word for word, but framed per account
 * as the openers are, so no paragraph repeats across the day's emails.
 * Slots: 0 opener, 1 subject, 2 moment, 3 pain clause, 4 pain order, 5 proof frame, 6 ask, 7 value frame,
 * 8 value extent.
 */
final class Phrasings {
    /** A value proposition this long may be cut at its first clause break for variety. */
    static final int LONG_VALUE_WORDS = 18;

    private Phrasings() {
    }

    static String opener(Signal signal, Account account, Contact contact, Offer offer, Variants v, int tighten) {
        if (signal == null) {
            return v.pick(0, List.of("Reaching out because %s came up as a good fit for what we do.",
                    "I have been reading up on %s and wanted to reach out.")).formatted(account.name());
        }
        if (signal.kind() == SignalKind.INTENT) {
            return v.pick(0, List.of("It looks like %s has been researching tools like %s recently.",
                    "It seems %s has been looking into tools like %s lately.",
                    "Noticed %s has been reading up on tools like %s.")).formatted(account.name(), offer.product());
        }
        boolean aboutContact = isAboutContact(signal, contact);
        var clause = Clauses.of(signal.summary(), tighten);
        if (signal.kind() == SignalKind.JOB_CHANGE && aboutContact) clause = Clauses.addressedTo(clause, contact);
        var inline = Clauses.inline(clause);
        var frames = switch (signal.kind()) {
            case FUNDING -> List.of("Congrats on the news: %s.", "Saw that %s. Congratulations.", "%s. Congrats to the whole team.");
            case HIRING -> List.of("Saw that %s.", "Noticed the open roles: %s.", "%s. Looks like the team is growing.");
            case JOB_CHANGE -> aboutContact
                    ? List.of("Saw that %s. Congratulations.", "Congrats on the new role. I saw that %s.", "Congrats on the move. I noticed %s.")
                    : List.of("Saw the leadership news: %s.", "Noticed a leadership change: %s.", "%s. That kind of change usually resets priorities.");
            case PRODUCT_USAGE -> List.of("Noticed some activity on your side: %s.", "I saw that %s.", "%s. Thought that was worth a note.");
            case SUPPORT_TICKET -> List.of("I saw the recent support request: %s.", "Noticed a support thread from your team: %s.", "%s. Wanted to follow that thread.");
            case TECH_ADOPTION -> List.of("Saw that %s.", "Noticed a change in your stack: %s.", "%s. That caught my eye.");
            case NEWS -> List.of("Saw the news: %s.", "Read that %s.", "%s. Thought that was worth a note.");
            case INTENT -> throw new IllegalStateException("handled above");
        };
        int pick = v.pick(0, frames.size());
        var frame = frames.get(pick);
        var text = frame.startsWith("%s") ? Clauses.capitalized(clause) : frame.contains(": %s") ? clause : inline;
        return frame.formatted(text).replace("..", ".");
    }

    static String subject(Signal signal, Account account, Contact contact, Offer offer, Variants v) {
        var name = account.name();
        var owned = possessive(name);
        List<String> options;
        if (signal == null || signal.kind() == SignalKind.INTENT) {
            options = List.of(offer.product() + " for " + name, "A thought for " + name, "An idea for " + name);
        } else {
            options = switch (signal.kind()) {
                case FUNDING -> List.of(owned + " new funding", "After the " + name + " raise", "Next steps after the raise");
                case HIRING -> List.of("Hiring at " + name, owned + " growing team", "The new roles at " + name);
                case JOB_CHANGE -> isAboutContact(signal, contact)
                        ? List.of("Your new role at " + name, "Congrats on the new role", "First months at " + name)
                        : List.of("New leadership at " + name, "The leadership change at " + name, "A new leader at " + name);
                case PRODUCT_USAGE -> List.of(name + " and " + offer.product(), "How " + name + " uses " + offer.product(), "Your team's " + offer.product() + " activity");
                case SUPPORT_TICKET -> List.of("Your recent support request", "About the " + name + " support thread", "The question your team raised");
                case TECH_ADOPTION -> List.of(owned + " new stack", "The stack change at " + name, "New tools at " + name);
                case NEWS -> List.of("Saw the " + name + " news", "The news from " + name, name + " in the news");
                case INTENT -> throw new IllegalStateException("handled above");
            };
        }
        var chosen = v.pick(1, options);
        if (chosen.length() <= 60) return chosen;
        return options.stream().filter(o -> o.length() <= 60).findFirst()
                .orElse(chosen.substring(0, 57).strip() + "...");
    }

    static String pain(Signal lead, Contact contact, Pain pain, Variants v) {
        var kind = lead == null ? null : lead.kind();
        var moments = switch (kind == null ? SignalKind.NEWS : kind) {
            case FUNDING -> List.of("after a raise", "right after a new round");
            case HIRING -> List.of("while a team is hiring", "with new people joining");
            case JOB_CHANGE -> isAboutContact(lead, contact)
                    ? List.of("in the first months of a new role", "when someone steps into a new role")
                    : List.of("when leadership changes", "after a change at the top");
            case PRODUCT_USAGE -> List.of("as usage picks up", "once more of the team is on board");
            case SUPPORT_TICKET -> List.of("when questions like that come up", "once a team starts asking questions like that");
            case TECH_ADOPTION -> List.of("when a new tool lands in the stack", "during a stack change");
            case NEWS -> List.of("in a stretch like this", "when a company is in the news");
            case INTENT -> List.of("when a team starts looking at this", "once a team starts comparing options");
        };
        var moment = kind == null ? "as a company grows" : v.pick(2, moments);
        var clause = v.pick(3, pain.clauses());
        return v.pick(4, 2) == 0
                ? Clauses.capitalized(moment) + ", " + clause + "."
                : Clauses.capitalized(clause) + ", especially " + moment + ".";
    }

    /**
     * The value proposition in one of several frames. When it starts with the product's name ("Tallybook
     * matches ..."), the frames may put that name in a lead-in and continue with "it matches ...".
     */
    static String value(Offer offer, Account account, Variants v) {
        var full = Text.clean(offer.valueProp());
        // a long proposition is sometimes given only up to its first break: the same words, fewer of them
        var text = Text.wordCount(full) >= LONG_VALUE_WORDS && v.pick(8, 2) == 1 ? Clauses.leadingClause(full, 8) : full;
        var product = offer.product().strip();
        var owned = possessive(account.name());
        if (text.endsWith("?")) return Clauses.sentence(text);
        if (!product.isEmpty() && text.startsWith(product + " ")) {
            var rest = text.substring(product.length() + 1);
            return v.pick(7, List.of(text + ".", "That is the job " + product + " does: it " + rest + ".",
                    "This is where " + product + " comes in: it " + rest + ".",
                    "For a team like " + owned + ", " + product + " " + rest + ".",
                    "In short, " + product + " " + rest + ".",
                    "What " + product + " does, in one line: it " + rest + "."));
        }
        var inline = Clauses.inline(text);
        return v.pick(7, List.of(Clauses.sentence(text), "In short: " + inline + ".", "The short version: " + inline + ".",
                "Why I am writing: " + inline + ".", "What we do for teams like " + owned + ": " + inline + "."));
    }

    static String proof(String proofPoint, Variants v) {
        var frame = v.pick(5, List.of("%s.", "One example: %s.", "For reference: %s.", "Case in point: %s.",
                "To give a sense of it: %s.", "Here is one example: %s."));
        return frame.formatted(Text.clean(proofPoint));
    }

    static String firstAsk(Account account, Variants v, int shift) {
        var asks = List.of("Worth a short call to see if this fits " + account.name() + "?",
                "Open to a quick look next week?",
                "Would a short walkthrough be useful?",
                "Is this worth a conversation this month?",
                "Are you the right person to talk to about this?");
        return asks.get((v.pick(6, asks.size()) + shift) % asks.size());
    }

    static String followUpAsk(int step, Variants v, int shift) {
        var asks = step >= 2
                ? List.of("Should I close the loop on this for now?", "Is it fine if I close the loop here?",
                          "Is this a no for now, or just bad timing?")
                : List.of("Worth a quick look, or should I close the loop?",
                          "Is this worth a short call, or is the timing off?",
                          "Should I send a short overview, or close the loop for now?");
        return asks.get((v.pick(6, asks.size()) + shift) % asks.size());
    }

    /** One line pointing back at the earlier email, naming its moment when we know which signal it stood on. */
    static String reference(Signal earlier, Contact contact, Variants v, int shift) {
        var refs = new java.util.ArrayList<>(List.of("A short follow-up to my last email.", "Adding one thing to my earlier note.",
                "One more thought on my last email."));
        var topic = earlier == null ? null : switch (earlier.kind()) {
            case FUNDING -> "the raise";
            case HIRING -> "the new roles";
            case JOB_CHANGE -> isAboutContact(earlier, contact) ? "your new role" : "the leadership change";
            case PRODUCT_USAGE -> "your team's activity";
            case SUPPORT_TICKET -> "the support request";
            case TECH_ADOPTION -> "the stack change";
            case NEWS -> "the news";
            case INTENT -> null;
        };
        if (topic != null) {
            refs.set(0, "Following up on my note about " + topic + ".");
            refs.set(1, "Adding one thing to my earlier note about " + topic + ".");
        }
        return refs.get((v.pick(0, refs.size()) + shift) % refs.size());
    }

    static String angleSignal(Signal signal, Account account, Variants v) {
        if (signal.kind() == SignalKind.INTENT) {
            return "It also looks like %s has been researching tools like this.".formatted(account.name());
        }
        var clause = Clauses.of(signal.summary(), 3);
        return v.pick(2, 2) == 0 ? "I also saw that " + Clauses.inline(clause) + "."
                : "One more thing I noticed: " + clause + ".";
    }

    static String angleProof(String proofPoint, Variants v) {
        var frame = v.pick(5, List.of("In case it is useful: %s.", "One data point: %s."));
        return frame.formatted(Text.clean(proofPoint));
    }

    static String topicQuestion(Pain pain) {
        return "Is " + pain.topic() + " something you look after, or is there someone better to ask?";
    }

    static boolean isAboutContact(Signal signal, Contact contact) {
        return signal.contactId() != null && contact != null && signal.contactId() == contact.id();
    }

    static String greeting(Contact contact) {
        var first = contact.firstName().strip();
        return first.isEmpty() ? "Hi there," : "Hi " + first + ",";
    }

    static String possessive(String name) {
        return name.endsWith("s") || name.endsWith("S") ? name + "'" : name + "'s";
    }
}
