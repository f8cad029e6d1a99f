package dev.gatehouse.engine.ai;

import dev.gatehouse.engine.writing.ReplyRequest;
import dev.gatehouse.engine.writing.WritingRequest;
import dev.langchain4j.model.input.PromptTemplate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a writing request into the system rules (a prompt resource) and the user message (the grounds). */
final class EmailPrompt {
    String system(String rules, WritingRequest request) {
        var guardrails = request.guardrails();
        return PromptTemplate.from(rules).apply(Map.<String, Object>of(
                "max_words", guardrails.maxWords(),
                "tone", guardrails.tone().isBlank() ? "plain and specific" : guardrails.tone(),
                "banned_phrases", guardrails.bannedPhrases().isEmpty() ? "(none)"
                        : guardrails.bannedPhrases().stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "))
        )).text();
    }

    String user(WritingRequest request) {
        var out = new StringBuilder();
        var contact = request.contact();
        var account = request.account();
        out.append("Task: ").append(task(request)).append("\n\n");
        out.append("Recipient: ").append(contact.fullName())
                .append(contact.title() == null ? "" : ", " + contact.title())
                .append(" at ").append(account.name()).append(" (").append(account.domain()).append(")\n\n");
        out.append("<data>\nSignals:\n");
        for (var s : request.signals()) {
            out.append("[S").append(s.id()).append("] ").append(s.kind().wire()).append(", ")
                    .append(s.observedAt().toString(), 0, 10).append(": ").append(Resources.untrusted(s.summary())).append('\n');
        }
        if (request.signals().isEmpty()) out.append("(none)\n");
        out.append("\nFacts:\n");
        for (var f : request.facts()) {
            out.append("- ").append(Resources.untrusted(f.statement()));
            if (!f.signalIds().isEmpty()) {
                out.append(" (from ").append(f.signalIds().stream().map(id -> "[S" + id + "]")
                        .collect(Collectors.joining(", "))).append(')');
            }
            out.append('\n');
        }
        if (request.facts().isEmpty()) out.append("(none)\n");
        out.append("</data>\n\n");
        var offer = request.offer();
        out.append("Our product: ").append(offer.product()).append("\nValue: ").append(offer.valueProp()).append('\n');
        list(out, "Approved proof points (copy at most one, verbatim)", offer.proofPoints());
        list(out, "Approved customers (the only ones you may name)", offer.customers());
        out.append("\nSign-off:\n").append(signOff(request)).append('\n');
        if (!request.thread().isEmpty()) {
            out.append("\nThread so far (oldest first):\n<data>\n");
            for (var t : request.thread()) {
                out.append("--- step ").append(t.step()).append(", subject: ").append(Resources.untrusted(t.subject()))
                        .append('\n').append(Resources.untrusted(t.body())).append('\n');
            }
            out.append("</data>\n");
        }
        list(out, "Reviewer feedback and checker problems to apply", request.feedback());
        return out.toString();
    }

    /** The grounds, then the prospect's reply (untrusted) and the times we may offer. */
    String user(ReplyRequest request) {
        var out = new StringBuilder(user(request.context()));
        out.append("\nThe prospect's reply, labelled ").append(request.label().wire()).append(":\n<data>\n")
                .append(Resources.untrusted(request.message())).append("\n</data>\n");
        list(out, "Meeting times you may offer (copy each exactly, one per line)", request.slots());
        return out.toString();
    }

    private static String task(WritingRequest request) {
        return switch (request.kind()) {
            case FIRST_EMAIL -> "write the first email to this person.";
            case FOLLOW_UP -> "write follow-up number " + request.step() + " in the thread below.";
            case REPLY -> "write a reply to the prospect's last message in the thread below.";
            case CHECK_IN -> "write a short check-in to this customer.";
            case RENEWAL_OUTREACH -> "write to this customer about their coming renewal.";
            case QBR_NARRATIVE -> "write this customer the narrative of their quarterly business review, using only the signals as facts.";
        };
    }

    private static String signOff(WritingRequest request) {
        var offer = request.offer();
        if (!request.guardrails().signature().isBlank()) return request.guardrails().signature();
        var name = offer.senderName().isBlank() ? "" : offer.senderName();
        return offer.senderTitle().isBlank() ? name : name + "\n" + offer.senderTitle();
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) return;
        out.append('\n').append(title).append(":\n");
        items.forEach(i -> out.append("- ").append(i).append('\n'));
    }
}
