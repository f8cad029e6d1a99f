package dev.gatehouse.bot.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.FormInputs;
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
import static dev.gatehouse.bot.codec.FormInputs.OFFER_CUSTOMERS;
import static dev.gatehouse.bot.codec.FormInputs.OFFER_PRODUCT;
import static dev.gatehouse.bot.codec.FormInputs.OFFER_PROOF_POINTS;
import static dev.gatehouse.bot.codec.FormInputs.OFFER_SENDER_NAME;
import static dev.gatehouse.bot.codec.FormInputs.OFFER_SENDER_TITLE;
import static dev.gatehouse.bot.codec.FormInputs.OFFER_VALUE_PROP;

/**
 * The /offer modal and the reading of its submission. Proof points and customers are one per
 * line because they are the only claims about ourselves a draft may make, each checked alone.
 */
final class OfferForm {
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
                field(OFFER_PRODUCT, "Product", current == null ? null : current.product(), false, false),
                field(OFFER_VALUE_PROP, "Value proposition", current == null ? null : current.valueProp(), true, false),
                field(OFFER_PROOF_POINTS, "Proof points, one per line", current == null ? null : String.join("\n", current.proofPoints()), true, true),
                field(OFFER_CUSTOMERS, "Customers we may name, one per line", current == null ? null : String.join("\n", current.customers()), true, true),
                field(OFFER_SENDER_NAME, "Sender name", current == null ? null : current.senderName(), false, true),
                field(OFFER_SENDER_TITLE, "Sender title", current == null ? null : current.senderTitle(), false, true));
        return view(v -> v.type("modal").callbackId(ActionId.OFFER_SUBMIT.wire())
                .title(viewTitle(t -> t.type("plain_text").text("Offer")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    static Parsed parse(Map<String, Map<String, ViewState.Value>> values) {
        var errors = new LinkedHashMap<String, String>();
        var product = text(values, OFFER_PRODUCT);
        var valueProp = text(values, OFFER_VALUE_PROP);
        if (product.isEmpty()) errors.put(OFFER_PRODUCT.blockId(), "Name the product.");
        else if (product.length() > PRODUCT_MAX) errors.put(OFFER_PRODUCT.blockId(), "At most " + PRODUCT_MAX + " characters.");
        if (valueProp.isEmpty()) errors.put(OFFER_VALUE_PROP.blockId(), "Say in a sentence what it does for the customer.");
        if (!errors.isEmpty()) return new Parsed(null, errors);
        return new Parsed(new Offer(product, valueProp, lines(values, OFFER_PROOF_POINTS), lines(values, OFFER_CUSTOMERS),
                text(values, OFFER_SENDER_NAME), text(values, OFFER_SENDER_TITLE)), errors);
    }

    private static List<String> lines(Map<String, Map<String, ViewState.Value>> values, FormInputs field) {
        return Arrays.stream(text(values, field).split("\\R")).map(String::strip)
                .map(l -> l.startsWith("- ") || l.startsWith("• ") ? l.substring(2).strip() : l)
                .filter(l -> !l.isEmpty()).distinct().toList();
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, FormInputs field) {
        if (values == null || values.get(field.blockId()) == null) return "";
        var value = values.get(field.blockId()).get(field.actionId());
        return value == null || value.getValue() == null ? "" : value.getValue().strip();
    }

    private static LayoutBlock field(FormInputs field, String label, String initial, boolean multiline, boolean optional) {
        var value = initial == null || initial.isEmpty() ? null : initial.substring(0, Math.min(initial.length(), Limits.INPUT_VALUE));
        return input(i -> i.blockId(field.blockId()).label(plainText(label)).optional(optional)
                .element(plainTextInput(p -> p.actionId(field.actionId()).multiline(multiline).initialValue(value)
                        .maxLength(Limits.INPUT_VALUE))));
    }
}
