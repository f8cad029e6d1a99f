package dev.gatehouse.engine.replies;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.Locale;

/**
 * Triage without any remote model: rules for what must be exact (bounces, auto-replies,
 * unsubscribe, referral addresses, injections and threats), then nearest-exemplar scoring
 * with the in-process all-MiniLM-L6-v2 embeddings. Confidence comes from the margin between
 * the best and the runner-up label.
 */
public final class OfflineTriage implements ReplyTriage {

    /** The intent of a reply sits in its opening; the model reads at most 256 tokens anyway. */
    private static final int MAX_EMBEDDED_CHARS = 1000;

    private final TriageRules rules = new TriageRules();
    private final ExemplarClassifier classifier;

    public OfflineTriage(EmbeddingModel model, List<Exemplar> exemplars) {
        this.classifier = new ExemplarClassifier(model, exemplars);
    }

    public OfflineTriage(EmbeddingModel model) {
        this(model, Exemplar.load(Exemplar.DEFAULT_RESOURCE));
    }

    /** Loads the model from the jar; do this once per process. */
    public OfflineTriage() {
        this(embeddingModel());
    }

    /** The in-process all-MiniLM-L6-v2 model, loaded from the jar with the tokenizer kept offline. */
    public static EmbeddingModel embeddingModel() {
        return dev.gatehouse.engine.scoring.InProcessEmbedder.loadMiniLm();
    }

    @Override
    public TriageResult triage(InboundReply reply) {
        var fresh = ReplyText.fresh(reply.body());
        var ruled = rules.apply(reply, fresh);
        if (ruled.isPresent()) return ruled.get();
        var text = fresh.isBlank() ? reply.subject() : fresh;
        if (text.length() > MAX_EMBEDDED_CHARS) text = text.substring(0, MAX_EMBEDDED_CHARS);
        if (text.isBlank()) {
            return TriageResult.of(ReplyLabel.QUESTION, 0.0, "empty reply");
        }
        return classify(reply, text);
    }

    private TriageResult classify(InboundReply reply, String text) {
        var language = LanguageDetector.detect(text);
        var adjustments = new java.util.EnumMap<ReplyLabel, Double>(ReplyLabel.class);
        var ranked = classifier.rank(text, language).stream()
                .map(s -> new ExemplarClassifier.Scored(s.label(),
                        s.score() + adjustments.computeIfAbsent(s.label(), l -> ReplyCues.adjustment(l, text, language))))
                .filter(s -> s.score() != ReplyCues.GATED)
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .toList();
        if (ranked.isEmpty()) return TriageResult.of(ReplyLabel.QUESTION, 0.0, "no label fits");
        var best = ranked.get(0);
        var runnerUp = ranked.size() > 1 ? ranked.get(1) : new ExemplarClassifier.Scored(best.label(), 0);
        var margin = best.score() - runnerUp.score();
        var stances = adjustments.entrySet().stream().filter(e -> e.getValue() > 0).map(java.util.Map.Entry::getKey).toList();
        boolean supported = adjustments.get(best.label()) > 0 || ReplyCues.gated(best.label(), language);
        var confidence = Calibration.confidence(margin, supported, stances, text);
        var reason = String.format(Locale.ROOT, "closest to %s examples (%.2f, next %s %.2f)",
                best.label().wire(), best.score(), runnerUp.label().wire(), runnerUp.score());
        var label = best.label();
        var returnDate = label == ReplyLabel.OUT_OF_OFFICE
                ? ReturnDates.find(text, reply.received(), TriageRules.dayFirst(reply, text)).orElse(null) : null;
        return new TriageResult(label, confidence, returnDate, null, false, List.of(reason));
    }
}
