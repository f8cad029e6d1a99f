package dev.gatehouse.engine.verify;

import java.util.Set;

/** Capitalised words that are not names of companies or people. */
final class Vocabulary {
    private Vocabulary() {
    }

    /** Never a company: pronouns, calendar words, business acronyms, titles, everyday tools. */
    static final Set<String> NOT_NAMES = Set.of(
            "i", "i'm", "i'd", "i've", "i'll", "ok", "okay", "ps", "p.s", "re", "fwd", "fyi", "faq", "n/a",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
            "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "sept", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "oct", "nov", "dec", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "yoy", "qoq", "eod", "eow",
            "et", "pt", "ct", "mt", "est", "pst", "cst", "cet", "gmt", "utc", "bst", "edt", "pdt",
            "erp", "crm", "hris", "ats", "api", "apis", "saas", "b2b", "b2c", "ai", "ml", "llm", "kpi", "kpis", "roi",
            "ap", "ar", "gl", "p&l", "m&a", "r&d", "fp", "fp&a", "hr", "it", "ops", "cpa", "cpas", "gaap", "ifrs", "ach", "sku", "skus",
            "pos", "dtc", "d2c", "cpg", "smb", "smbs", "csv", "pdf", "sso", "url", "ui", "ux", "tam", "ebitda", "arr", "mrr",
            "us", "usa", "u.s", "uk", "eu", "mio", "mrd", "mln", "eur", "usd", "gbp", "chf", "emea", "apac", "latam", "na", "amer",
            "series", "serie", "série", "seed", "round", "ipo",
            "cfo", "ceo", "coo", "cto", "cro", "cmo", "cio", "ciso", "cpo", "chro", "cao", "cco", "cdo",
            "cfos", "ceos", "coos", "ctos", "vp", "vps", "svp", "evp", "vice", "president", "head", "director", "chief",
            "officer", "controller", "controllers", "comptroller", "manager", "lead", "founder", "founders", "co-founder",
            "counsel", "finance", "financial", "engineering", "sales", "marketing", "operations",
            "accounting", "revenue", "product", "people", "legal", "customer", "success", "growth", "data", "security",
            "treasury", "tax", "payroll", "procurement", "team", "staff", "accountant", "accountants",
            "inc", "llc", "ltd", "co", "corp", "gmbh", "plc",
            "excel", "google", "sheets", "gmail", "outlook", "zoom", "linkedin", "calendly", "internet", "web", "email",
            "soc", "iso", "hipaa", "gdpr", "ccpa", "pci", "dss", "fedramp", "hitrust", "sox", "nist", "type",
            "ii", "iii", "hi", "hello", "hey", "dear", "thanks", "thank", "best", "cheers", "regards", "congrats",
            "congratulations", "happy", "new", "year", "black", "cyber", "christmas", "thanksgiving", "holiday", "holidays");

    /** Ordinary words that open sentences; at a sentence start they are not names. */
    static final Set<String> STARTERS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "it", "its", "it's", "we", "we're", "we've", "we'd",
            "you", "you're", "you've", "you'd", "your", "our", "my", "their", "they", "they're", "he", "she", "his",
            "her", "if", "when", "while", "with", "without", "since", "because", "as", "so", "and", "but", "or", "also",
            "just", "quick", "quickly", "worth", "open", "saw", "seeing", "noticed", "curious", "would", "could", "can",
            "should", "will", "is", "are", "do", "does", "did", "have", "has", "had", "what", "why", "how", "who",
            "where", "which", "any", "all", "most", "many", "some", "several", "every", "each", "both", "other",
            "others", "more", "less", "fewer", "few", "no", "not", "here", "there", "great", "good", "nice", "glad",
            "love", "loved", "happy", "excited", "imagine", "picture", "teams", "companies", "brands", "customers",
            "clients", "businesses", "firms", "retailers", "startups", "finance", "month-end", "month", "year-end",
            "after", "before", "during", "once", "until", "then", "now", "today", "tomorrow", "yesterday", "next",
            "last", "instead", "rather", "even", "still", "only", "one", "two", "three", "first", "second",
            "fast-growing", "growing", "fast", "faster", "closing", "reconciling", "manual", "plus", "p.s",
            "ps", "let", "let's", "want", "wanted", "mind", "sound", "sounds", "reply", "ready", "hoping", "hope",
            "thought", "thinking", "figured", "given", "based", "from", "for", "to", "in", "on", "at", "by", "about",
            "over", "under", "between", "into", "through", "right", "sure", "yes", "absolutely", "definitely",
            "like", "unlike", "typically", "usually", "often", "sometimes", "recently", "lately", "together", "ever", "never", "either");

    /** Verbs that make a name the subject of a customer claim: "Acme uses ...", "Acme cut ...". */
    static final Set<String> CLAIM_VERBS = Set.of(
            "uses", "used", "use", "chose", "chooses", "picked", "switched", "moved", "migrated", "relies", "rely",
            "runs", "run", "trusts", "trust", "adopted", "rolled", "deployed", "implemented", "standardized",
            "standardised", "signed", "cut", "cuts", "saw", "sees", "reduced", "reduces", "saved", "saves", "closes",
            "closed", "grew", "scaled", "reconciles", "reconcile", "automated", "automates", "went", "is", "are", "was",
            "were", "has", "have", "both", "all", "also", "already", "and", "&", "or", "partnered", "works",
            "work", "loves", "love", "told", "said", "says", "brought", "replaced", "dropped", "eliminated", "got",
            "gets", "built", "joined", "raised", "led", "backed", "invested");

    static boolean notName(String lower) {
        return NOT_NAMES.contains(lower) || lower.length() < 2
                || lower.endsWith("s") && NOT_NAMES.contains(lower.substring(0, lower.length() - 1));
    }
}
