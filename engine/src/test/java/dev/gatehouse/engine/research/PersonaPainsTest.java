package dev.gatehouse.engine.research;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonaPainsTest {

    @ParameterizedTest
    @CsvSource({
            "Chief Financial Officer, finance",
            "VP Finance, finance",
            "Senior Accountant, finance",
            "VP Sales, sales",
            "Account Executive, sales",
            "Head of Engineering, engineering",
            "CTO, engineering",
            "Chief Information Security Officer, security",
            "Director of Operations, operations",
            "Head of Product Marketing, marketing",
            "Head of People, people",
            "Founder & CEO, exec",
            "IT Manager, it",
            "Customer Success Lead, support"
    })
    void maps_a_title_to_its_persona(String title, String persona) {
        assertThat(PersonaPains.of(title, null).persona()).isEqualTo(persona);
    }

    @Test
    void falls_back_to_seniority_then_to_a_general_pain() {
        assertThat(PersonaPains.of("Partner Liaison Lead", "c_suite").persona()).isIn("exec");
        assertThat(PersonaPains.of(null, null)).isEqualTo(PersonaPains.GENERAL);
    }

    @Test
    void every_pain_is_a_usually_observation_without_numbers() {
        for (var title : new String[]{"CFO", "VP Sales", "CTO", "COO", "CISO", "CMO", "CHRO", "CIO", "CPO", "CEO",
                "Support Lead", "Gardener"}) {
            var pain = PersonaPains.of(title, null);

            assertThat(pain.clauses()).allSatisfy(c -> assertThat(c).contains("usually").doesNotContainPattern("\\d"));
        }
    }
}
