package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.Offer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline templates, word for word: what a team without a model keeps getting. */
class ReplyDraftsTest {
    static final Contact DANA = new Contact(1, 1, "dana@northwind.example", "Dana", "Keller", null, null,
            ZoneId.of("Europe/Berlin"), null);
    static final Offer OFFER = new Offer("Ledgerline", "closes the books faster", List.of(), List.of(), "Ari Stone", "AE");

    @Test
    void question_template_is_unchanged() {
        var draft = ReplyDrafts.reply(ReplyLabel.QUESTION, DANA, "Northwind's Series B", OFFER, Guardrails.DEFAULT, List.of());

        assertThat(draft.subject()).isEqualTo("Re: Northwind's Series B");
        assertThat(draft.body()).isEqualTo("Hi Dana,\n\nThanks for the question. [Answer it here in two or three sentences.]"
                + "\n\nAri Stone");
        assertThat(draft.writer()).isEqualTo(ReplyDrafts.WRITER);
    }

    @Test
    void meeting_template_is_unchanged() {
        var times = ReplyDrafts.proposedTimes(Instant.parse("2026-12-04T16:00:00Z"), DANA.timeZone(), 2);

        var draft = ReplyDrafts.reply(ReplyLabel.MEETING_REQUEST, DANA, "Re: Northwind's Series B", OFFER,
                Guardrails.DEFAULT, times);

        assertThat(draft.subject()).isEqualTo("Re: Northwind's Series B");
        assertThat(draft.body()).isEqualTo("Hi Dana,\n\nHappy to set up a call. Would one of these work for you?\n\n"
                + "- Monday 7 December, 10:00 (Europe/Berlin)\n- Tuesday 8 December, 10:00 (Europe/Berlin)"
                + "\n\nIf none suits, send me a time that does.\n\nAri Stone");
    }
}
