package dev.gatehouse.engine.customersuccess;

import dev.gatehouse.engine.customers.CustomerFacts;
import dev.gatehouse.engine.customers.PackageVerifier;
import dev.gatehouse.engine.customers.QbrNarrativeBuilder;
import dev.gatehouse.engine.customers.RenewalPackage;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.OfflineWriter;
import dev.gatehouse.engine.writing.WritingRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The QBR narrative email: the {@link QbrNarrativeBuilder}'s statements that the {@link PackageVerifier}
 * finds in their rows, and nothing else. Those statements are also the draft's only grounds, so the
 * draft verifier blocks any number or claim the email adds to them.
 */
final class QbrDraft {
    private static final Logger log = LoggerFactory.getLogger(QbrDraft.class);

    /** The verified sections, and the same statements as the grounds a draft verifier reads. */
    record Narrative(List<RenewalPackage.Section> sections, List<Signal> grounds) {
    }

    Narrative narrative(CustomerFacts facts, LocalDate today) {
        var built = new QbrNarrativeBuilder().build(facts, today);
        var problems = new PackageVerifier().verify(built, facts, null);
        if (!problems.isEmpty()) {
            log.warn("QBR narrative for {}: {} statement(s) withheld, not grounded in their rows: {}",
                    facts.customer().domain(), problems.size(), problems);
        }
        Set<String> bad = problems.stream().map(PackageVerifier.Problem::statement).collect(Collectors.toSet());
        var sections = built.sections().stream().map(s -> new RenewalPackage.Section(s.title(),
                s.statements().stream().filter(st -> !bad.contains(st.text())).toList()))
                .filter(s -> !s.statements().isEmpty()).toList();
        var at = today.atStartOfDay().toInstant(ZoneOffset.UTC);
        var grounds = sections.stream().flatMap(s -> s.statements().stream().map(st -> new Signal(st.sources().getFirst().id(),
                facts.customer().accountId(), null, s.title().equals("Support") ? SignalKind.SUPPORT_TICKET : SignalKind.PRODUCT_USAGE,
                shown(st), null, at))).toList();
        return new Narrative(sections, grounds);
    }

    Draft draft(WritingRequest request, String customerName, Narrative narrative) {
        var body = new StringBuilder("Hi ").append(request.contact().firstName()).append(",\n\nAhead of our quarterly business review,"
                + " here is a look back at the quarter for ").append(customerName).append(", from the numbers we have on record.\n");
        for (var section : narrative.sections()) {
            body.append('\n').append(section.title()).append('\n');
            section.statements().forEach(st -> body.append("• ").append(shown(st)).append(".\n"));
        }
        body.append("\nI would like to walk through these together and hear what your team wants to achieve next quarter."
                + " Would a call in the coming weeks work for you?\n\n").append(OfflineWriter.signature(request));
        return new Draft("Your quarterly business review", body.toString(), List.of(), "template", null);
    }

    /** A statement as the customer reads it (metric names in words). */
    private static String shown(RenewalPackage.Statement statement) {
        return statement.text().replace('_', ' ');
    }
}
