package dev.gatehouse.engine.research;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The problem a persona usually has, in plain words. Not a claim about the prospect: every
 * clause is a "usually" observation, holds no number and names no title, so a writer can use it
 * without a signal behind it.
 */
public final class PersonaPains {

    /** @param persona short name ("finance"); @param topic a noun phrase for questions; @param clauses full clauses */
    public record Pain(String persona, String topic, List<String> clauses) {
        public Pain {
            Objects.requireNonNull(persona, "persona");
            Objects.requireNonNull(topic, "topic");
            clauses = List.copyOf(clauses);
            if (clauses.isEmpty()) throw new IllegalArgumentException("a pain needs at least one clause");
        }
    }

    private record Rule(Set<String> keywords, Pain pain) {
    }

    public static final Pain GENERAL = new Pain("general", "the way the team works today", List.of(
            "the tools that worked at the last stage usually start to creak",
            "the manual work usually grows faster than the team"));

    /** Checked in order: the first rule with a keyword in the title wins ("Chief Financial Officer" is finance). */
    private static final List<Rule> RULES = List.of(
            rule("security", "security reviews", "ciso security compliance risk privacy trust governance",
                    "access reviews and audit evidence usually pile up",
                    "security questionnaires usually arrive faster than anyone can answer them"),
            rule("finance", "the month-end close", "cfo finance financial controller comptroller accounting accountant treasury fp&a bookkeeper payroll tax",
                    "the month-end close is usually the first thing to strain",
                    "reconciliation work usually grows faster than the team doing it"),
            rule("people", "onboarding", "chro people hr talent recruiting recruiter human",
                    "onboarding usually lags behind the hiring plan",
                    "people processes usually stay manual longer than they should"),
            rule("marketing", "attribution", "cmo marketing growth demand brand content communications seo",
                    "attribution usually gets murkier as channels multiply",
                    "campaign reporting usually takes longer than the campaigns themselves"),
            rule("sales", "pipeline reporting", "cro sales revenue revops selling business sdr bdr commercial account",
                    "forecasting usually turns into spreadsheet work",
                    "selling time usually gets eaten by admin"),
            rule("support", "ticket volume", "support success cx service helpdesk experience",
                    "ticket volume usually grows faster than the team behind it",
                    "the same questions usually get answered by hand again and again"),
            rule("engineering", "engineering throughput", "cto engineering engineer developer software devops sre platform architect technology technical",
                    "maintenance work usually crowds out the roadmap",
                    "on-call load usually grows faster than the team"),
            rule("it", "tool sprawl", "cio it information infrastructure systems network",
                    "tool sprawl usually shows up before anyone plans for it",
                    "access requests usually pile up on a small team"),
            rule("product", "product feedback", "cpo product design ux",
                    "customer feedback usually ends up scattered across too many places",
                    "prioritisation usually gets harder as requests pile up"),
            rule("operations", "operational handoffs", "coo operations operating ops supply logistics procurement fulfillment",
                    "manual handoffs between teams usually become the bottleneck",
                    "processes that worked at a smaller size usually start to creak"),
            rule("exec", "scaling the company", "ceo founder cofounder co-founder owner president chief executive principal partner md gm",
                    "the processes that worked at the last stage usually start to creak",
                    "keeping every team on the same page is usually the hard part"));

    private static final Set<String> EXEC_SENIORITIES = Set.of("c_suite", "c-suite", "c_level", "c-level", "csuite",
            "owner", "founder", "executive", "exec", "partner");

    private PersonaPains() {
    }

    public static Pain of(dev.gatehouse.engine.accounts.Contact contact) {
        return of(contact.title(), contact.seniority());
    }

    public static Pain of(String title, String seniority) {
        var words = words(title);
        for (var rule : RULES) {
            if (rule.keywords().stream().anyMatch(words::contains)) return rule.pain();
        }
        if (seniority != null && EXEC_SENIORITIES.contains(seniority.strip().toLowerCase(Locale.ROOT))) {
            return RULES.getLast().pain();
        }
        return GENERAL;
    }

    private static Set<String> words(String title) {
        if (title == null) return Set.of();
        var lower = title.toLowerCase(Locale.ROOT);
        var words = Arrays.stream(lower.split("[^a-z&-]+")).filter(w -> !w.isBlank()).collect(Collectors.toSet());
        Arrays.stream(lower.split("[^a-z&]+")).filter(w -> !w.isBlank()).forEach(words::add);
        return words;
    }

    private static Rule rule(String persona, String topic, String keywords, String... clauses) {
        return new Rule(Set.of(keywords.split(" ")), new Pain(persona, topic, List.of(clauses)));
    }
}
