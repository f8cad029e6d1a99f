package dev.gatehouse.engine.store;

import dev.gatehouse.engine.gate.DecisionKind;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.gate.RejectReason;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionStoreTest {
    private Stores stores;
    private long accountId;
    private long dana;
    private long omar;

    @BeforeEach
    void setUp() {
        stores = Stores.on(TestDatabase.fresh().dsl());
        accountId = account("northwind.example", "Northwind Freight");
        dana = contact(accountId, "dana@northwind.example", "Dana");
        omar = contact(accountId, "omar@northwind.example", "Omar");
    }

    private long account(String domain, String name) {
        return stores.accounts().upsert(new Account(0, domain, name, "logistics", 240, "EMEA", "DE", List.of(),
                "Freight forwarding", "U0REP"));
    }

    private long contact(long account, String email, String first) {
        return stores.accounts().upsert(new Contact(0, account, email, first, "Keller", "Controller", "manager",
                ZoneId.of("Europe/Berlin"), null));
    }

    private void rejected(long account, long contact, RejectReason reason, String note) {
        var touch = stores.touches().create(new TouchStore.NewTouch(account, contact, TouchKind.FIRST_EMAIL, 0, null,
                new Draft("Hello", "Hi,\n\nA note.\n\nAri", List.of(), "offline", null), new Verification.Passed(),
                TouchStatus.REJECTED));
        stores.decisions().record(touch, DecisionKind.REJECT, "U0REP", reason, note, null);
    }

    @Test
    void a_colleagues_rejection_is_fed_back_marked_as_a_colleagues() {
        rejected(accountId, omar, RejectReason.OFF_MESSAGE, "too salesy for a CFO");

        assertThat(stores.decisions().rejectionFeedback(dana, 3)).containsExactly(
                "A reviewer rejected an earlier draft to a colleague at the same company: Off-message — too salesy for a CFO");
    }

    @Test
    void a_colleagues_wrong_person_rejection_is_not_fed_back() {
        rejected(accountId, omar, RejectReason.WRONG_PERSON, "Omar left in June");

        assertThat(stores.decisions().rejectionFeedback(dana, 3)).isEmpty();
        assertThat(stores.decisions().rejectionFeedback(omar, 3)).containsExactly(
                "A reviewer rejected an earlier draft: Wrong person — Omar left in June");
    }

    @Test
    void rejections_at_another_account_are_not_fed_back() {
        var other = account("kestrel-cargo.example", "Kestrel Cargo");
        rejected(other, contact(other, "joris@kestrel-cargo.example", "Joris"), RejectReason.BAD_TIMING, "quiet period");

        assertThat(stores.decisions().rejectionFeedback(dana, 3)).isEmpty();
    }

    @Test
    void newest_rejections_come_first_up_to_the_limit() {
        rejected(accountId, dana, RejectReason.BAD_TIMING, "first");
        rejected(accountId, dana, RejectReason.FACTUAL_ERROR, "second");
        rejected(accountId, dana, RejectReason.OTHER, "third");

        assertThat(stores.decisions().rejectionFeedback(dana, 2)).containsExactly(
                "A reviewer rejected an earlier draft: Other — third",
                "A reviewer rejected an earlier draft: Factual error — second");
    }
}
