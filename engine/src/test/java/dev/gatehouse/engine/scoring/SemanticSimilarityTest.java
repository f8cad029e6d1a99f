package dev.gatehouse.engine.scoring;

import dev.gatehouse.engine.accounts.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Uses the real in-process all-MiniLM-L6-v2 model. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SemanticSimilarityTest {
    private static final String ICP = "Hospitals and clinics that need software to schedule nurses and manage patient records";
    private SemanticSimilarity similarity;

    @BeforeAll
    void loadModel() {
        similarity = new SemanticSimilarity(InProcessEmbedder.miniLm());
    }

    private static Account account(String name, String industry, String description, List<String> techs) {
        return new Account(1, name.toLowerCase().replace(' ', '-') + ".example", name, industry, 300, null, null,
                techs, description, null);
    }

    @Test
    void relevant_description_ranks_above_irrelevant_one() {
        var clinic = account("CareRota", "healthcare",
                "Shift planning and electronic health records for regional hospital networks", List.of("epic"));
        var bakery = account("Crumb & Co", "food",
                "Artisan sourdough bakery chain selling pastries and coffee", List.of("shopify"));

        double relevant = similarity.relevance(clinic, ICP);
        double irrelevant = similarity.relevance(bakery, ICP);

        assertThat(relevant).isGreaterThan(irrelevant + 0.2);
        assertThat(relevant).isBetween(0.0, 1.0);
        assertThat(irrelevant).isBetween(0.0, 1.0);
    }

    @Test
    void blank_icp_description_gives_zero() {
        var clinic = account("CareRota", "healthcare", "Hospital shift planning", List.of());

        assertThat(similarity.relevance(clinic, " ")).isZero();
    }
}
