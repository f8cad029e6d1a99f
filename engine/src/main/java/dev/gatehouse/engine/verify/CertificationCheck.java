package dev.gatehouse.engine.verify;

import java.util.List;

/** Blocks certifications and compliance claims that no proof point makes. */
final class CertificationCheck implements Check {
    @Override
    public void check(Sentence sentence, Evidence evidence, List<Problem> problems) {
        var named = Certifications.NAMED.matcher(sentence.text());
        boolean any = false;
        while (Certifications.mayName(sentence.lower()) && named.find()) {
            any = true;
            if (!evidence.certifications.contains(Certifications.key(named.group()))) {
                problems.add(new Problem(sentence.text(), "claims a certification not in the proof points: " + named.group()));
            }
        }
        var generic = Certifications.GENERIC.matcher(sentence.text());
        if (!any && generic.find() && evidence.certifications.isEmpty()
                && !evidence.offerText.contains(generic.group().toLowerCase(java.util.Locale.ROOT).replaceAll("^\\S+\\s+", ""))) {
            problems.add(new Problem(sentence.text(), "claims compliance the proof points don't: " + generic.group()));
        }
    }
}
