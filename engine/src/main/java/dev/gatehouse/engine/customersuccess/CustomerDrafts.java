package dev.gatehouse.engine.customersuccess;

import dev.gatehouse.engine.customers.Customer;
import dev.gatehouse.engine.customers.CustomerFacts;
import dev.gatehouse.engine.customers.CustomerRole;
import dev.gatehouse.engine.customers.HealthBand;
import dev.gatehouse.engine.customers.JobChange;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.pipeline.TouchDrafting;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.OfflineWriter;
import dev.gatehouse.engine.writing.Offer;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.writing.WritingRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customer-facing drafts on the same gate as prospect email: a templated check-in for a healthy
 * small customer (from the periodic sweep, at most once per {@code everyDays}) and the renewal
 * outreach (overnight, with the renewal package), and the QBR narrative on demand ({@code /qbr}), written
 * from the customer's stored numbers only. Each is verified like any draft and routed by
 * its action type's autonomy; off limits drafts nothing. Signing, pricing and non-standard terms
 * have no drafting path: {@link #draft} refuses them.
 */
public final class CustomerDrafts {
    /** Who gets a check-in and how often: seats at most {@code maxSeats}, once per {@code everyDays}. */
    public record Policy(int maxSeats, int everyDays) {
        public static final Policy DEFAULT = new Policy(50, 90);
    }

    private static final Offer NO_OFFER = new Offer("", "", List.of(), List.of(), "", "");
    private final Stores stores;
    private final TouchDrafting touches;
    private final Guardrails guardrails;
    private final Policy policy;
    private final int renewalDays;
    private final Clock clock;
    private final QbrDraft qbr = new QbrDraft();

    public CustomerDrafts(Stores stores, TouchDrafting touches, Guardrails guardrails, Policy policy, int renewalDays,
                          Clock clock) {
        this.stores = stores;
        this.touches = touches;
        this.guardrails = guardrails;
        this.policy = policy;
        this.renewalDays = renewalDays;
        this.clock = clock;
    }

    /** The overnight renewal outreach for renewals within the package window, then the check-ins that are due. */
    public void sweep() {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        var today = now.toLocalDate();
        if (now.getHour() < CustomerPosts.NIGHT_ENDS_HOUR) {
            stores.customers().renewingBetween(today, today.plusDays(renewalDays))
                    .forEach(c -> draft(ActionType.RENEWAL_OUTREACH, c, c.renewalDate()));
        }
        stores.customers().customers().stream().filter(this::checkInDue)
                .forEach(c -> draft(ActionType.CUSTOMER_CHECK_IN, c, today));
    }

    /**
     * Drafts the customer-facing email of {@code type} for the customer, once per {@code period};
     * empty when the type is off limits, there is nobody to write to, or it was drafted already.
     *
     * @throws IllegalArgumentException for a type that is never drafted (signing, pricing, terms, ...)
     */
    public Optional<TouchDrafting.Drafted> draft(ActionType type, Customer customer, LocalDate period) {
        var kind = switch (type) {
            case CUSTOMER_CHECK_IN -> TouchKind.CHECK_IN;
            case RENEWAL_OUTREACH -> TouchKind.RENEWAL_OUTREACH;
            case QBR_NARRATIVE -> TouchKind.QBR_NARRATIVE;
            default -> throw new IllegalArgumentException(type.wire() + " is never drafted: a person handles it");
        };
        var level = stores.playbook().autonomy(type);
        if (level == AutonomyLevel.OFF_LIMITS) return Optional.empty();
        var facts = stores.customers().facts(customer.accountId()).orElseThrow();
        var contact = addressee(facts).flatMap(p -> stores.accounts().contact(p.contactId()));
        var account = stores.accounts().account(customer.accountId());
        if (contact.isEmpty() || account.isEmpty()) return Optional.empty();
        var offer = stores.playbook().currentOffer().map(v -> v.value()).orElse(NO_OFFER);
        var narrative = kind == TouchKind.QBR_NARRATIVE ? qbr.narrative(facts, period) : null;
        var request = new WritingRequest(kind, 1, account.get(), contact.get(), List.of(),
                narrative == null ? List.of() : narrative.grounds(), offer, guardrails, List.of(), List.of());
        var draft = switch (kind) {
            case CHECK_IN -> checkIn(request, customer);
            case RENEWAL_OUTREACH -> renewal(request, customer);
            default -> qbr.draft(request, name(customer), narrative);
        };
        var verification = touches.check(draft, request);
        var post = kind.wire();
        var now = clock.instant();
        TouchDrafting.Claim claim = (tx, id) -> {
            if (!tx.customerAlerts().claimPost(post, customer.domain(), period, now)) return false;
            tx.customerAlerts().markPosted(post, customer.domain(), period, now);
            return true;
        };
        return touches.submit(request, draft, verification, new TouchDrafting.Route.ByAutonomy(type, level),
                Map.of("customer", customer.domain(), "period", period.toString()), claim);
    }

    private boolean checkInDue(Customer customer) {
        if (customer.seats() == null || customer.seats() > policy.maxSeats()) return false;
        var history = stores.customerAlerts().history(customer.accountId());
        if (history.isEmpty() || history.getLast().band() != HealthBand.HEALTHY) return false;
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return stores.customerAlerts().lastPosted(TouchKind.CHECK_IN.wire(), customer.domain())
                .map(last -> !last.plusDays(policy.everyDays()).isAfter(today)).orElse(true);
    }

    /** The champion, else the economic buyer, else an admin or user, leaving out anyone who has left. */
    private Optional<CustomerFacts.Person> addressee(CustomerFacts facts) {
        var left = facts.changes().stream().filter(c -> c.change() == JobChange.LEFT)
                .map(CustomerFacts.ContactChange::contactId).toList();
        return facts.people().stream().filter(p -> p.email() != null && !left.contains(p.contactId()))
                .filter(p -> !stores.suppressions().isSuppressed(p.email()))
                .min(Comparator.comparingInt(p -> p.role() == null ? CustomerRole.values().length : p.role().ordinal()));
    }

    private static Draft checkIn(WritingRequest request, Customer customer) {
        var body = "Hi " + request.contact().firstName() + ",\n\nI wanted to check in on how things are going at "
                + name(customer) + ". Is there anything your team could use a hand with, or anything you would like"
                + " to see next?\n\nA reply to this email reaches me directly.\n\n" + OfflineWriter.signature(request);
        return new Draft("Checking in", body, List.of(), "template", null);
    }

    private static Draft renewal(WritingRequest request, Customer customer) {
        var body = "Hi " + request.contact().firstName() + ",\n\nThe renewal for " + name(customer)
                + " is coming up soon. Before then I would like to set up a short call to look back at how the"
                + " year went and what your team needs next. Would a call in the coming weeks work for you?\n\n"
                + OfflineWriter.signature(request);
        return new Draft("Your renewal", body, List.of(), "template", null);
    }

    static String name(Customer customer) {
        return customer.name() == null || customer.name().isBlank() ? customer.domain() : customer.name();
    }
}
