package dev.gatehouse.engine.briefs;

import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.store.Fixtures;
import dev.gatehouse.engine.store.MeetingStore;
import dev.gatehouse.engine.store.ReplyStore;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.replies.ReplyLabel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BriefBuilderTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Stores stores;
    private Fixtures.Seeded seeded;
    private long meetingId;

    @BeforeEach
    void setUp() {
        stores = TestDatabase.freshStores();
        seeded = new Fixtures(stores).pendingTouch();
        stores.accounts().upsert(new Contact(0, seeded.accountId(), "dana@northwind.example", "Dana", "Keller",
                "VP Finance", "vp", ZoneId.of("Europe/Berlin"), LocalDate.of(2025, 3, 1)));
        var replies = stores.replies();
        var replyId = replies.insert(new ReplyStore.NewReply("<o1@northwind.example>", null, seeded.touchId(),
                seeded.touchId(), seeded.contactId(), seeded.accountId(), "dana@northwind.example", "Re: Series B",
                "We already have a tool for this and switching costs are high. What would migration look like?",
                NOW.minusSeconds(86_400), false)).orElseThrow();
        replies.recordTriage(replyId, ReplyLabel.OBJECTION, 0.8, null, null, false);
        meetingId = stores.meetings().book(seeded.accountId(), seeded.contactId(),
                Instant.parse("2026-11-24T10:00:00Z"));
    }

    private MeetingBrief brief() {
        return new BriefBuilder(stores, clock).build(meetingId).orElseThrow();
    }

    @Test
    void every_statement_carries_a_source() {
        assertThat(brief().statements()).isNotEmpty().allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
    }

    @Test
    void who_includes_title_and_tenure_from_the_contact() {
        var who = brief().who();

        assertThat(who).extracting(Statement::text)
                .anySatisfy(t -> assertThat(t).contains("Dana Keller, VP Finance"))
                .anySatisfy(t -> assertThat(t).contains("1 Mar 2025").contains("1 year 8 months"));
        assertThat(who).allSatisfy(s -> assertThat(s.sources()).containsExactly(new SourceRef("contact", seeded.contactId())));
    }

    @Test
    void signals_keep_their_links_and_ids() {
        assertThat(brief().signals()).singleElement().satisfies(s -> {
            assertThat(s.link()).isEqualTo("https://news.example.com/northwind");
            assertThat(s.sources()).containsExactly(new SourceRef("signal", seeded.signalId()));
        });
    }

    @Test
    void objections_and_questions_come_from_the_replies() {
        var brief = brief();

        assertThat(brief.objections()).singleElement().satisfies(s -> assertThat(s.text()).contains("switching costs"));
        assertThat(brief.openQuestions()).singleElement().satisfies(s -> assertThat(s.text()).contains("migration"));
        assertThat(brief.risks()).anySatisfy(s -> assertThat(s.sources().getFirst().type()).isEqualTo("reply"));
    }

    @Test
    void tenure_reads_in_years_and_months() {
        assertThat(BriefBuilder.tenure(Period.of(2, 1, 3))).isEqualTo("2 years 1 month");
        assertThat(BriefBuilder.tenure(Period.ofDays(12))).isEqualTo("under a month");
    }

    @Test
    void a_brief_is_posted_once_per_meeting() {
        var posted = new ArrayList<MeetingBrief>();
        var briefs = new Briefs(stores, new BriefBuilder(stores, clock), posted::add, clock);

        briefs.publish(meetingId);
        briefs.publish(meetingId);

        assertThat(posted).hasSize(1);
        assertThat(posted.getFirst().ownerSlackId()).isEqualTo("U0REP");
    }

    @Test
    void a_statement_without_a_source_cannot_be_made() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Statement("made up", List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
