package dev.gatehouse.engine.customersuccess;

import dev.gatehouse.engine.customers.CustomerInput;
import dev.gatehouse.engine.store.Stores;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores checked customer data in one transaction (accounts are created for unknown domains,
 * contacts for unknown emails), and says what changed: which accounts, which weeks of which
 * metrics, and the new or updated tickets and survey answers with their text (for escalations).
 */
public final class CustomerIngest {
    /** One week of one metric that was stored. */
    public record UsageKey(long accountId, String metric, LocalDate week) {
    }

    /** A ticket or survey answer and what the customer wrote in it. */
    public record Words(long accountId, Long ticketId, Long surveyId, String text) {
    }

    public record Changes(int stored, Map<String, Integer> byType, Set<Long> accounts, List<UsageKey> usage, List<Words> words) {
        public Changes {
            byType = Map.copyOf(byType);
            accounts = Set.copyOf(accounts);
            usage = List.copyOf(usage);
            words = List.copyOf(words);
        }
    }

    public Changes store(Stores stores, List<CustomerInput> inputs) {
        return stores.inTransaction(s -> {
            var customers = s.customers();
            var accounts = new LinkedHashSet<Long>();
            var byType = new LinkedHashMap<String, Integer>();
            var usage = new ArrayList<UsageKey>();
            var words = new ArrayList<Words>();
            var ids = new java.util.HashMap<String, Long>();
            for (var input : inputs) {
                var name = input instanceof CustomerInput.Customer c ? c.name() : null;
                long accountId = name == null ? ids.computeIfAbsent(input.domain(), d -> customers.ensureAccount(d, null))
                        : customers.ensureAccount(input.domain(), name);
                accounts.add(accountId);
                byType.merge(type(input), 1, Integer::sum);
                switch (input) {
                    case CustomerInput.Customer c -> customers.upsert(accountId, c);
                    case CustomerInput.ContactRole r -> customers.upsertRole(accountId, r);
                    case CustomerInput.Usage u -> {
                        customers.upsert(accountId, u);
                        usage.add(new UsageKey(accountId, u.metric(), u.weekStart()));
                    }
                    case CustomerInput.Ticket t -> words.add(new Words(accountId, customers.upsert(accountId, t), null,
                            t.subject() + "\n" + (t.body() == null ? "" : t.body())));
                    case CustomerInput.Survey v -> {
                        var contact = v.contactEmail() == null ? null : customers.contactId(v.contactEmail()).orElse(null);
                        words.add(new Words(accountId, null, customers.insert(accountId, contact, v), v.comment()));
                    }
                    case CustomerInput.JobChangeInput j -> {
                        var contact = customers.contactId(j.contactEmail()).orElseGet(() -> customers.upsertRole(accountId,
                                new CustomerInput.ContactRole(j.domain(), j.contactEmail(), null, null, null,
                                        dev.gatehouse.engine.customers.CustomerRole.USER)));
                        customers.insert(accountId, contact, j);
                    }
                }
            }
            return new Changes(inputs.size(), byType, accounts, usage, words);
        });
    }

    static String type(CustomerInput input) {
        return switch (input) {
            case CustomerInput.Customer c -> "customer";
            case CustomerInput.ContactRole r -> "contact";
            case CustomerInput.Usage u -> "usage";
            case CustomerInput.Ticket t -> "ticket";
            case CustomerInput.Survey v -> "survey";
            case CustomerInput.JobChangeInput j -> "job_change";
        };
    }
}
