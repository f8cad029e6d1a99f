package dev.gatehouse.engine.customersuccess;

import dev.gatehouse.engine.customers.Customer;
import dev.gatehouse.engine.customers.CustomerNotifier;
import dev.gatehouse.engine.customers.Escalation;
import dev.gatehouse.engine.customers.EscalationCategory;
import dev.gatehouse.engine.customers.EscalationCues;
import dev.gatehouse.engine.inbound.CustomerReplies;
import dev.gatehouse.engine.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Hot words from a customer (a ticket, a survey comment, an email reply of a customer's contact) reach the CSM at once, by the notifier, and the managers when the CSM
 * has not acknowledged them within the window ({@link #sweep}, run by the periodic sweep). Nothing
 * is drafted: hot escalations are off-limits to the agent.
 */
public final class EscalationWatch implements CustomerReplies {
    private static final Logger log = LoggerFactory.getLogger(EscalationWatch.class);
    static final int EXCERPT = 500;
    private final Stores stores;
    private final CustomerNotifier notifier;
    private final Duration window;
    private final Clock clock;
    private final EscalationCues cues = new EscalationCues();

    public EscalationWatch(Stores stores, CustomerNotifier notifier, Duration window, Clock clock) {
        this.stores = stores;
        this.notifier = notifier;
        this.window = window;
        this.clock = clock;
    }

    public void check(CustomerIngest.Words words) {
        cues.classify(words.text()).ifPresent(category -> raise(words.accountId(), words.ticketId(), words.surveyId(), null,
                category, words.text()));
    }

    @Override
    public Optional<String> csm(long accountId) {
        return stores.customers().customer(accountId).map(Customer::csmSlackId);
    }

    /** A customer contact's reply with hot words, or one triage escalated (counted as anger when no cue names it). */
    @Override
    public boolean escalate(long accountId, long replyId, String text, boolean triageEscalated) {
        if (stores.customers().customer(accountId).isEmpty()) return false;
        var category = cues.classify(text).or(() -> triageEscalated ? Optional.of(EscalationCategory.ANGRY) : Optional.empty());
        category.ifPresent(c -> raise(accountId, null, null, replyId, c, text));
        return category.isPresent();
    }

    private void raise(long accountId, Long ticketId, Long surveyId, Long replyId, EscalationCategory category, String words) {
        var customer = stores.customers().customer(accountId);
        if (customer.isEmpty()) return;
        var text = words.strip();
        var excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT - 1) + "…" : text;
        stores.customerAlerts().escalate(accountId, ticketId, surveyId, replyId, category, excerpt, clock.instant()).ifPresent(e -> {
            log.info("Hot escalation ({}) from {}: the CSM is told", e.category().wire(), customer.get().domain());
            notifier.escalation(new CustomerNotifier.EscalationAlert(e, customer.get(), excerpt), false);
        });
    }

    /** Takes every escalation left unacknowledged past the window to the managers, once. */
    public void sweep() {
        var now = clock.instant();
        for (Escalation e : stores.customerAlerts().unacknowledgedBefore(now.minus(window))) {
            if (!stores.customerAlerts().claimManagerNotice(e.id(), now)) continue;
            stores.customers().customer(e.accountId()).ifPresent(customer -> {
                log.info("Escalation {} from {} unacknowledged for {} minutes: the managers are told", e.id(), customer.domain(),
                        window.toMinutes());
                notifier.escalation(new CustomerNotifier.EscalationAlert(e, customer, e.excerpt()), true);
            });
        }
    }
}
