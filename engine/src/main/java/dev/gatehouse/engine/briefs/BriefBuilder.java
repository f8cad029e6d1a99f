package dev.gatehouse.engine.briefs;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.replies.ReplyText;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The brief for a booked meeting, built only from stored rows: the contact, the account and its
 * score, its signals, what we sent and what they answered. Each statement keeps its source ids.
 */
public final class BriefBuilder {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern PAIN = Pattern.compile(
            "\\b(problem|struggl|slow|cost|expensive|manual|pain|hard|issue|challenge|bottleneck|backlog|churn|errors?|delays?)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<ReplyLabel> OBJECTIONS = Set.of(ReplyLabel.OBJECTION, ReplyLabel.NOT_NOW, ReplyLabel.NOT_INTERESTED);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final Duration STALE = Duration.ofDays(90);

    private final Stores stores;
    private final Clock clock;

    public BriefBuilder(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    public Optional<MeetingBrief> build(long meetingId) {
        var meeting = stores.meetings().find(meetingId).orElse(null);
        if (meeting == null) return Optional.empty();
        var account = stores.accounts().account(meeting.accountId()).orElseThrow();
        var contact = meeting.contactId() == null ? null : stores.accounts().contact(meeting.contactId()).orElse(null);
        var signals = stores.signals().forAccount(account.id()).stream()
                .sorted(Comparator.comparing(Signal::observedAt).reversed()).toList();
        var replies = stores.replies().forAccount(account.id()).stream()
                .filter(r -> !r.autoReply() && r.label() != ReplyLabel.BOUNCE).toList();
        var src = new Sources();

        var talking = new ArrayList<Statement>();
        signals.stream().limit(3).forEach(s -> talking.add(Statement.of("Ask about: " + s.summary(), src.signal(s.id()))));
        stores.playbook().currentOffer().ifPresent(o -> o.value().proofPoints().stream().limit(2)
                .forEach(p -> talking.add(Statement.of("Proof point to use: " + p, src.offer(o.version())))));

        var pains = new ArrayList<Statement>();
        var objections = new ArrayList<Statement>();
        var questions = new ArrayList<Statement>();
        var risks = new ArrayList<Statement>();
        for (var r : replies) {
            var sentences = sentences(ReplyText.fresh(r.body()));
            var ref = src.reply(r.id());
            sentences.stream().filter(s -> PAIN.matcher(s).find()).forEach(s -> pains.add(Statement.of("They said: \"" + s + "\"", ref)));
            if (OBJECTIONS.contains(r.label()) && !sentences.isEmpty()) {
                objections.add(Statement.of("Objection (" + r.label().wire() + "): \"" + sentences.getFirst() + "\"", ref));
                risks.add(Statement.of("The " + r.label().wire().replace('_', ' ') + " objection may come back", ref));
            }
            sentences.stream().filter(s -> s.endsWith("?")).forEach(s -> {
                questions.add(Statement.of("They asked: \"" + s + "\"", ref));
                talking.add(Statement.of("Have an answer ready to: \"" + s + "\"", ref));
            });
            if (r.injectionSuspected()) risks.add(Statement.of("A reply was flagged as a possible prompt injection", ref));
        }
        if (!signals.isEmpty() && Duration.between(signals.getFirst().observedAt(), clock.instant()).compareTo(STALE) > 0) {
            risks.add(Statement.of("The newest signal is over 90 days old: check it still holds", src.signal(signals.getFirst().id())));
        }
        if (contact != null && contact.roleStartedOn() != null
                && contact.roleStartedOn().isAfter(today().minusDays(90))) {
            risks.add(Statement.of(contact.firstName() + " is new in the role: may not own the budget yet", src.contact(contact.id())));
        }
        return Optional.of(new MeetingBrief(meetingId, meeting.startsAt(), account.id(), account.name(),
                account.ownerSlackId(), who(contact, src), accountLines(account, src),
                signals.stream().map(s -> new Statement(s.kind().name().toLowerCase(Locale.ROOT) + " ("
                        + DAY.format(s.observedAt().atZone(ZoneOffset.UTC)) + "): " + s.summary(),
                        List.of(src.signal(s.id())), s.sourceUrl())).toList(),
                thread(account, contact, replies, src), pains, objections, talking, questions, risks));
    }

    private List<Statement> who(Contact contact, Sources src) {
        if (contact == null) return List.of();
        var lines = new ArrayList<Statement>();
        var ref = src.contact(contact.id());
        lines.add(Statement.of(contact.fullName() + (contact.title() == null ? "" : ", " + contact.title())
                + " <" + contact.email() + ">", ref));
        if (contact.roleStartedOn() != null) {
            lines.add(Statement.of("In the role since " + DAY.format(contact.roleStartedOn()) + " ("
                    + tenure(Period.between(contact.roleStartedOn(), today())) + ")", ref));
        }
        return lines;
    }

    private List<Statement> accountLines(Account account, Sources src) {
        var lines = new ArrayList<Statement>();
        var facts = new ArrayList<String>();
        if (account.industry() != null) facts.add(account.industry());
        if (account.employees() != null) facts.add(account.employees() + " employees");
        if (account.country() != null) facts.add(account.country());
        lines.add(Statement.of(account.name() + " (" + account.domain() + ")"
                + (facts.isEmpty() ? "" : ": " + String.join(", ", facts)), src.account(account.id())));
        stores.scores().find(account.id()).ifPresent(s -> lines.add(Statement.of("ICP score " + s.total() + "/100",
                new SourceRef("score", account.id()))));
        return lines;
    }

    private List<Statement> thread(Account account, Contact contact, List<dev.gatehouse.engine.replies.StoredReply> replies, Sources src) {
        var lines = new ArrayList<Statement>();
        stores.touches().forAccount(account.id()).stream().filter(t -> t.status() == TouchStatus.SENT).forEach(t -> {
            var sentAt = stores.outbox().forTouch(t.id()).map(m -> m.sentAt()).orElse(t.createdAt());
            lines.add(Statement.of(DAY.format(sentAt.atZone(ZoneOffset.UTC)) + " we sent (" + t.kind().wire() + "): \""
                    + t.draft().subject() + "\"", src.touch(t.id())));
        });
        for (var r : replies) {
            var first = sentences(ReplyText.fresh(r.body())).stream().findFirst().orElse("");
            lines.add(Statement.of(DAY.format(r.receivedAt().atZone(ZoneOffset.UTC)) + " " + r.from() + " replied ("
                    + (r.label() == null ? "unlabelled" : r.label().wire()) + "): \"" + clip(first) + "\"", src.reply(r.id())));
        }
        return lines;
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    static String tenure(Period p) {
        if (p.getYears() == 0 && p.getMonths() == 0) return "under a month";
        var parts = new ArrayList<String>();
        if (p.getYears() > 0) parts.add(p.getYears() + (p.getYears() == 1 ? " year" : " years"));
        if (p.getMonths() > 0) parts.add(p.getMonths() + (p.getMonths() == 1 ? " month" : " months"));
        return String.join(" ", parts);
    }

    static List<String> sentences(String text) {
        return SENTENCE_END.splitAsStream(text.replaceAll("\\s+", " ").strip())
                .map(String::strip).filter(s -> s.length() > 3).toList();
    }

    private static String clip(String s) {
        return s.length() > 140 ? s.substring(0, 140) + "…" : s;
    }

    /** Shorthands for the source references a brief uses. */
    private record Sources() {
        SourceRef account(long id) { return new SourceRef("account", id); }
        SourceRef contact(long id) { return new SourceRef("contact", id); }
        SourceRef signal(long id) { return new SourceRef("signal", id); }
        SourceRef touch(long id) { return new SourceRef("touch", id); }
        SourceRef reply(long id) { return new SourceRef("reply", id); }
        SourceRef offer(long version) { return new SourceRef("offer", version); }
    }
}
