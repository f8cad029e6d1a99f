package dev.gatehouse.engine.verify;

import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.writing.Offer;
import dev.gatehouse.engine.writing.WritingRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a draft may stand on: the approved offer, the stored signals, the names that are not
 * claims (account, contact, sender, product; a contact's title may go here too), and how many
 * messages were already sent in the thread (a follow-up may refer to an earlier email, a first
 * email may not claim any prior contact).
 */
public record Grounds(Offer offer, List<Signal> signals, List<String> names, int priorTouches) {
    public Grounds {
        Objects.requireNonNull(offer, "offer");
        signals = List.copyOf(Objects.requireNonNullElse(signals, List.of()));
        names = Objects.requireNonNullElse(names, List.<String>of()).stream().filter(Objects::nonNull).toList();
        if (priorTouches < 0) throw new IllegalArgumentException("priorTouches must not be negative");
    }

    /** The grounds of the email a writing request asks for. */
    public static Grounds of(WritingRequest request) {
        var names = new ArrayList<String>();
        names.add(request.account().name());
        names.add(request.contact().firstName());
        if (request.contact().lastName() != null) names.add(request.contact().lastName());
        if (request.contact().title() != null) names.add(request.contact().title());
        names.add(request.offer().senderName());
        names.add(request.offer().product());
        return new Grounds(request.offer(), request.signals(), names, request.thread().size());
    }
}
