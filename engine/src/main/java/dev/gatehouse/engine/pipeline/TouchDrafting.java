package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.audit.TouchEvent;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.exceptions.ExceptionKind;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.ids.TouchId;
import dev.gatehouse.engine.review.ReviewService;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TouchStore;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.WritingRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;

/**
 * The one way a touch is born: draft it (write, verify, rewrite) or take a text already written
 * and checked, store it with its audit event in one transaction, then hand it on by its route.
 * First emails, follow-ups, suggested replies and referral intros all come through here.
 */
public final class TouchDrafting {
    private static final Logger log = LoggerFactory.getLogger(TouchDrafting.class);

    /** Where a stored touch goes next. */
    public sealed interface Route {
        /** By the autonomy of its action type ({@link ReviewService#submit}); audited as {@code touch.drafted}. */
        record ByAutonomy(ActionType type, AutonomyLevel level) implements Route {
        }

        /** To a person whatever the policy says (only their approval sends it); audited as {@code touch.proposed}. */
        record Proposal() implements Route {
        }
    }

    /**
     * Runs in the storing transaction with the new touch's id; false abandons the touch (another
     * run already drafted it) and nothing is stored or routed.
     */
    @FunctionalInterface
    public interface Claim {
        Claim ALWAYS = (stores, touchId) -> true;

        boolean claim(Stores tx, long touchId);
    }

    /** A stored touch and its status once routed (approved at once under supervised autonomy). */
    public record Drafted(long touchId, TouchStatus status) {
    }

    private final Stores stores;
    private final DraftStep drafting;
    private final ReviewService review;

    public TouchDrafting(Stores stores, DraftStep drafting, ReviewService review) {
        this.stores = stores;
        this.drafting = drafting;
        this.review = review;
    }

    /** Drafts for the request, then stores and routes the touch; empty when the claim fails. */
    public Optional<Drafted> draft(WritingRequest request, Long threadTouchId, Route route, Map<String, Object> why,
                                   Claim claim) {
        var reserved = stores.touches().reserveId();
        var result = drafting.draft(request, reserved);
        return store(reserved, request, threadTouchId, result.draft(), result.verification(), result.attempts(), route,
                why, claim);
    }

    /** Stores and routes a text already written and checked (a template answer, a person's reply). */
    public Drafted submit(WritingRequest request, Long threadTouchId, Draft draft, Verification verification, Route route,
                          Map<String, Object> why) {
        return store(stores.touches().reserveId(), request, threadTouchId, draft, verification, 0, route, why,
                Claim.ALWAYS).orElseThrow();
    }

    /** Stores and routes a templated text already checked, a new thread, when the claim holds (customer emails). */
    public Optional<Drafted> submit(WritingRequest request, Draft draft, Verification verification, Route route,
                                    Map<String, Object> why, Claim claim) {
        return store(stores.touches().reserveId(), request, null, draft, verification, 0, route, why, claim);
    }

    /** The id a touch will be stored under, so the model calls that write it are metered against it. */
    public long reserveId() {
        return stores.touches().reserveId();
    }

    /** Stores and routes a text written elsewhere in {@code attempts} tries under a {@link #reserveId() reserved} id. */
    public Drafted submit(long reserved, WritingRequest request, Long threadTouchId, Draft draft, Verification verification,
                          int attempts, Route route, Map<String, Object> why) {
        return store(reserved, request, threadTouchId, draft, verification, attempts, route, why, Claim.ALWAYS)
                .orElseThrow();
    }

    /** The checks a draft gets, judge included, for a text this class did not write. */
    public Verification check(Draft draft, WritingRequest request) {
        return drafting.check(draft, request);
    }

    private Optional<Drafted> store(long reserved, WritingRequest request, Long threadTouchId, Draft draft,
                                    Verification verification, int attempts, Route route, Map<String, Object> why,
                                    Claim claim) {
        var status = verification.passed() ? TouchStatus.PENDING_REVIEW : TouchStatus.BLOCKED;
        var touch = new TouchStore.NewTouch(request.account().id(), request.contact().id(), request.kind(), request.step(),
                threadTouchId, draft, verification, status);
        long touchId;
        try {
            touchId = stores.inTransaction(s -> {
                var id = s.touches().create(reserved, touch);
                if (!claim.claim(s, id)) throw new NotClaimed();
                s.audit().append(event(new TouchId(id), touch, attempts, why, route,
                        verification instanceof Verification.Blocked b ? b.problems().toString() : null));
                return id;
            });
        } catch (NotClaimed e) {
            return Optional.empty();
        }
        log.info("Drafted {} touch {} (step {}, thread {}) for contact {} at account {} ({}, {} attempt(s))",
                request.kind().wire(), touchId, request.step(), threadTouchId, request.contact().id(),
                request.account().id(), status.wire(), attempts);
        if (status == TouchStatus.BLOCKED && attempts > 1) raiseBlocked(touchId, request, attempts, verification);
        return Optional.of(new Drafted(touchId, route(touchId, status, route)));
    }

    /** A draft the writer could not fix in its rewrites waits for a person: an item of the exceptions queue. */
    private void raiseBlocked(long touchId, WritingRequest request, int attempts, Verification verification) {
        var problems = verification.problems().stream().map(p -> "“" + p.claim() + "” (" + p.reason() + ")")
                .collect(java.util.stream.Collectors.joining("; "));
        var why = "Touch #" + touchId + " to " + request.contact().fullName() + " at " + request.account().name()
                + " is still blocked by the verifier after " + attempts + " attempts: " + problems
                + ". Edit or reject it in its review message.";
        review.exceptions().raise(ExceptionKind.BLOCKED, "touch", Long.toString(touchId), request.account().id(),
                request.account().ownerSlackId(), why);
    }

    private TouchStatus route(long touchId, TouchStatus status, Route route) {
        switch (route) {
            case Route.ByAutonomy byAutonomy -> review.submit(touchId, status, byAutonomy.type(), byAutonomy.level());
            // a person decides, every time
            case Route.Proposal proposal -> review.submit(touchId, status, null, AutonomyLevel.COPILOT);
        }
        return stores.touches().find(touchId).orElseThrow().status();
    }

    private static TouchEvent event(TouchId id, TouchStore.NewTouch touch, int attempts, Map<String, Object> why,
                                    Route route, String blockedBy) {
        var drafting = new TouchEvent.Drafting(touch.status(), touch.kind(), touch.step(),
                touch.threadTouchId() == null ? null : new TouchId(touch.threadTouchId()), touch.draft().writer(), attempts,
                why);
        return switch (route) {
            case Route.ByAutonomy byAutonomy -> new TouchEvent.Drafted(id, drafting, blockedBy);
            case Route.Proposal proposal -> new TouchEvent.Proposed(id, drafting, blockedBy);
        };
    }

    private static final class NotClaimed extends RuntimeException {
        NotClaimed() {
            super(null, null, false, false);
        }
    }
}
