package dev.gatehouse.engine.doctor;

import javax.naming.NamingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What receivers look up about the sending domain before they trust an email from it: SPF (which
 * servers may send), DKIM (the key signatures are checked with) and DMARC (the policy tying both
 * to the From address).
 */
public final class SendingDomainCheck {
    private SendingDomainCheck() {
    }

    public static List<Check> check(String domain, Optional<String> dkimSelector, Dns dns) {
        Optional<List<String>> atDomain;
        try {
            dns.answers();
            atDomain = dns.lookup(domain);
        } catch (NamingException e) {
            return List.of(Check.warn("dns", "DNS did not answer (" + describe(e) + "), so SPF, DKIM and DMARC of " + domain
                    + " were not checked -> run doctor where DNS works, or set GATEHOUSE_DNS_SERVER to a resolver"));
        }
        if (atDomain.isEmpty()) {
            return List.of(Check.fail("dns", "DNS says " + domain + " does not exist, so receivers refuse mail from it "
                    + "-> check the domain in MAIL_FROM"));
        }
        var checks = new ArrayList<Check>();
        checks.add(spf(domain, atDomain.get()));
        checks.add(answered("dkim", () -> DkimCheck.check(domain, dkimSelector, dns)));
        checks.add(answered("dmarc", () -> dmarc(domain, dns)));
        return checks;
    }

    private interface Lookup {
        Check run() throws NamingException;
    }

    private static Check answered(String name, Lookup lookup) {
        try {
            return lookup.run();
        } catch (NamingException e) {
            return Check.warn(name, "DNS did not answer (" + describe(e) + "), so " + name + " was not checked");
        }
    }

    private static String describe(NamingException e) {
        var root = e.getRootCause();
        return e.getExplanation() + (root == null ? "" : ": " + root.getMessage());
    }

    static Check spf(String domain, List<String> txt) {
        var records = txt.stream().filter(t -> t.toLowerCase(Locale.ROOT).matches("v=spf1( .*)?")).toList();
        if (records.isEmpty()) {
            return Check.fail("spf", "no SPF record on " + domain + ": receivers cannot tell which servers may send as you "
                    + "-> publish a TXT record on " + domain + " like \"v=spf1 include:<your mail provider's SPF domain> ~all\"");
        }
        if (records.size() > 1) {
            return Check.fail("spf", records.size() + " SPF records on " + domain + ": receivers treat more than one as an "
                    + "error (RFC 7208) -> merge them into one TXT record");
        }
        var record = records.getFirst();
        var terms = List.of(record.toLowerCase(Locale.ROOT).split("\\s+"));
        if (terms.contains("+all") || terms.contains("all")) {
            return Check.fail("spf", record + " on " + domain + " lets every server on the Internet send as you -> end it "
                    + "with ~all or -all");
        }
        if (terms.stream().noneMatch(t -> t.matches("[~?-]all") || t.startsWith("redirect="))) {
            return Check.warn("spf", record + " on " + domain + " does not end in ~all or -all, so mail from other servers "
                    + "is not marked -> add ~all at the end");
        }
        return Check.ok("spf", record + " on " + domain);
    }

    static Check dmarc(String domain, Dns dns) throws NamingException {
        for (var candidate : organisational(domain)) {
            var name = "_dmarc." + candidate;
            var records = dns.txt(name).stream().filter(t -> t.toUpperCase(Locale.ROOT).startsWith("V=DMARC1")).toList();
            if (records.size() > 1) {
                return Check.fail("dmarc", records.size() + " DMARC records at " + name + ": receivers ignore them all "
                        + "-> keep one");
            }
            if (records.isEmpty()) continue;
            var policy = Tags.parse(records.getFirst()).getOrDefault("p", "").toLowerCase(Locale.ROOT);
            if (!List.of("none", "quarantine", "reject").contains(policy)) {
                return Check.fail("dmarc", records.getFirst() + " at " + name + " has no valid policy -> add p=none "
                        + "(then quarantine once the reports are clean)");
            }
            return Check.ok("dmarc", records.getFirst() + " at " + name + (policy.equals("none")
                    ? " (p=none: reports only; move to quarantine once they are clean)" : ""));
        }
        return Check.fail("dmarc", "no DMARC record at _dmarc." + domain + ": Gmail and Yahoo require one from bulk senders "
                + "-> publish a TXT record there like \"v=DMARC1; p=none; rua=mailto:dmarc-reports@" + domain + "\"");
    }

    /** The domain, then its parent: where receivers look for DMARC without a public-suffix list at hand. */
    private static List<String> organisational(String domain) {
        var labels = domain.split("\\.");
        if (labels.length < 3) return List.of(domain);
        return List.of(domain, domain.substring(domain.indexOf('.') + 1));
    }
}
