package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.replies.HandledAs;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.replies.ingest.InboundMessage;
import dev.gatehouse.engine.store.ReplyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyDeskTest {
    private InboundWorld world;
    private ReplyDesk desk;
    private long replyId;

    @BeforeEach
    void setUp() {
        world = new InboundWorld(SharedTriage.offline());
        var first = world.sendFirstTouch();
        desk = new ReplyDesk(world.stores, new ReplyProposals(world.stores, world.touches,
                dev.gatehouse.engine.writing.Guardrails.DEFAULT), world.clock);
        var outcome = world.processor.process(new InboundMessage("<desk@northwind.example>", first, List.of(first),
                "dana@northwind.example", List.of("ari@gatehouse.example"), "Re: Northwind's Series B",
                "Thanks, not right now. Maybe next quarter.", "Thanks, not right now. Maybe next quarter.", Map.of(),
                world.clock.instant(), Optional.empty(), false, Optional.empty()));
        replyId = ((InboundProcessor.Outcome.Handled) outcome).notice().replyId();
    }

    @Test
    void what_gatehouse_did_is_stored_with_the_reply() {
        var handling = world.stores.replies().handling(replyId).orElseThrow();

        assertThat(handling.actionsTaken()).isEqualTo(world.notices.getFirst().actions()).isNotEmpty();
        assertThat(handling.handled()).isFalse();
    }

    @Test
    void dismissing_records_who_once_and_audits_it() {
        var first = desk.dismiss(replyId, "U0REP");
        var second = desk.dismiss(replyId, "U0OTHER");

        assertThat(first).isInstanceOfSatisfying(ReplyDesk.Result.Done.class, d -> {
            assertThat(d.handling().handledBy()).isEqualTo("U0REP");
            assertThat(d.handling().handledAs()).isEqualTo(HandledAs.DISMISSED.wire());
            assertThat(d.handling().handledAt()).isEqualTo(world.clock.instant());
        });
        assertThat(second).isInstanceOfSatisfying(ReplyDesk.Result.AlreadyHandled.class,
                a -> assertThat(a.handling().handledBy()).isEqualTo("U0REP"));
        assertThat(world.stores.audit().forSubject("reply", replyId)).filteredOn(e -> e.action().equals("reply.dismissed"))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("U0REP"));
    }

    @Test
    void a_written_reply_becomes_a_reply_touch_in_the_thread_waiting_for_review() {
        var result = desk.write(replyId, "U0REP", "Re: Northwind's Series B", "Hi Dana,\n\nUnderstood. I will check in next quarter.\n\nAri Stone");

        assertThat(result).isInstanceOf(ReplyDesk.Result.Done.class);
        var touchId = ((ReplyDesk.Result.Done) result).handling().handledTouchId();
        var touch = world.stores.touches().find(touchId).orElseThrow();
        assertThat(touch.kind()).isEqualTo(TouchKind.REPLY);
        assertThat(touch.threadTouchId()).isEqualTo(world.seeded.touchId());
        assertThat(touch.status()).as("%s", touch.verification()).isEqualTo(TouchStatus.PENDING_REVIEW);
        assertThat(touch.draft().writer()).isEqualTo(ReplyProposals.PERSON_WRITER);
        assertThat(world.stores.outbox().forTouch(touchId)).isEmpty();
        assertThat(world.ready).anyMatch(item -> item.touchId() == touchId);
        assertThat(world.stores.audit().forSubject("reply", replyId)).anyMatch(e -> e.action().equals("reply.written"));
    }

    @Test
    void a_written_reply_with_an_invented_claim_is_blocked_not_sent() {
        var result = desk.write(replyId, "U0REP", "Re: Northwind's Series B",
                "Hi Dana,\n\nAcme Logistics cut their close by 87% with us last year.\n\nAri Stone");

        var touchId = ((ReplyDesk.Result.Done) result).handling().handledTouchId();
        assertThat(world.stores.touches().find(touchId).orElseThrow().status()).isEqualTo(TouchStatus.BLOCKED);
        assertThat(world.stores.outbox().forTouch(touchId)).isEmpty();
    }

    @Test
    void a_reply_already_dismissed_cannot_also_be_answered_twice() {
        desk.dismiss(replyId, "U0MGR");

        var result = desk.write(replyId, "U0REP", "Re: x", "Hello");

        assertThat(result).isInstanceOf(ReplyDesk.Result.AlreadyHandled.class);
        assertThat(world.stores.touches().forAccount(world.seeded.accountId())).hasSize(1);
    }

    @Test
    void the_reply_subject_keeps_an_existing_re_prefix() {
        assertThat(ReplyDesk.replySubject("Re: hello")).isEqualTo("Re: hello");
        assertThat(ReplyDesk.replySubject("hello")).isEqualTo("Re: hello");
        assertThat(ReplyDesk.replySubject(null)).isEqualTo("Re:");
    }
}
