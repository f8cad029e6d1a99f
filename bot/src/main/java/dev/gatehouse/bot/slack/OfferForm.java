package dev.gatehouse.bot.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.gatehouse.bot.render.Limits;
import dev.gatehouse.engine.writing.Offer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/**
 * The /offer modal and the reading of its submission. Proof points and customers are one per
 * line because they are the only claims about ourselves a draft may make, each checked alone.
 */
final class OfferForm {
    static final String CALLBACK = "gh_offer_submit";
    static final String PRODUCT = "gh_offer_product";
    static final String VALUE_PROP = "gh_offer_value_prop";
    static final String PROOF_POINTS = "gh_offer_proof_points";
    static final String CUSTOMERS = "gh_offer_customers";
    static final String SENDER_NAME = "gh_offer_sender_name";
    static final String SENDER_TITLE = "gh_offer_sender_title";
    static final String INPUT_SUFFIX = "_input";
    private static final int PRODUCT_MAX = 100;

    /** Either an offer (errors empty) or the problems by block_id (offer null). */
    record Parsed(Offer offer, Map<String, String> errors) {
        Parsed {
            errors = Map.copyOf(errors);
        }
    }

    private OfferForm() {
    }

    static View modal(Offer current) {
        var blocks = List.of(
                field(PRODUCT, "Product", current == null ? null : current.product(), false, false),
                field(VALUE_PROP, "Value proposition", current == null ? null : current.valueProp(), true, false),
                field(PROOF_POINTS, "Proof points, one per line", current == null ? null : String.join("\n", current.proofPoints()), true, true),
                field(CUSTOMERS, "Customers we may name, one per line", current == null ? null : String.join("\n", current.customers()), true, true),
                field(SENDER_NAME, "Sender name", current == null ? null : current.senderName(), false, true),
                field(SENDER_TITLE, "Sender title", current == null ? null : current.senderTitle(), false, true));
        return view(v -> v.type("modal").callbackId(CALLBACK)
                .title(viewTitle(t -> t.type("plain_text").text("Offer")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    static Parsed parse(Map<String, Map<String, ViewState.Value>> values) {
        var errors = new LinkedHashMap<String, String>();
        var product = text(values, PRODUCT);
        var valueProp = text(values, VALUE_PROP);
        if (product.isEmpty()) errors.put(PRODUCT, "Name the product.");
        else if (product.length() > PRODUCT_MAX) errors.put(PRODUCT, "At most " + PRODUCT_MAX + " characters.");
        if (valueProp.isEmpty()) errors.put(VALUE_PROP, "Say in a sentence what it does for the customer.");
        if (!errors.isEmpty()) return new Parsed(null, errors);
        return new Parsed(new Offer(product, valueProp, lines(values, PROOF_POINTS), lines(values, CUSTOMERS),
                text(values, SENDER_NAME), text(values, SENDER_TITLE)), errors);
    }

    private static List<String> lines(Map<String, Map<String, ViewState.Value>> values, String block) {
        return Arrays.stream(text(values, block).split("\\R")).map(String::strip)
                .map(l -> l.startsWith("- ") || l.startsWith("• ") ? l.substring(2).strip() : l)
                .filter(l -> !l.isEmpty()).distinct().toList();
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
        if (values == null || values.get(block) == null) return "";
        var value = values.get(block).get(block + INPUT_SUFFIX);
        return value == null || value.getValue() == null ? "" : value.getValue().strip();
    }

    private static LayoutBlock field(String block, String label, String initial, boolean multiline, boolean optional) {
        var value = initial == null || initial.isEmpty() ? null : initial.substring(0, Math.min(initial.length(), Limits.INPUT_VALUE));
        return input(i -> i.blockId(block).label(plainText(label)).optional(optional)
                .element(plainTextInput(p -> p.actionId(block + INPUT_SUFFIX).multiline(multiline).initialValue(value)
                        .maxLength(Limits.INPUT_VALUE))));
    }
}
