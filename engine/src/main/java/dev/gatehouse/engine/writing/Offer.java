package dev.gatehouse.engine.writing;

import java.util.List;
import java.util.Objects;

/**
 * What we sell, as the manager approved it. Proof points and named customers are the only
 * claims about ourselves a draft may make.
 */
public record Offer(String product, String valueProp, List<String> proofPoints, List<String> customers,
                    String senderName, String senderTitle) {
    public Offer {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(valueProp, "valueProp");
        proofPoints = proofPoints == null ? List.of() : List.copyOf(proofPoints);
        customers = customers == null ? List.of() : List.copyOf(customers);
        senderName = senderName == null ? "" : senderName;
        senderTitle = senderTitle == null ? "" : senderTitle;
    }
}
