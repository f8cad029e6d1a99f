package dev.gatehouse.engine.doctor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** SPF, DKIM and DMARC of the sending domain, looked up through JNDI's DNS provider on a loopback DNS server. */
class SendingDomainCheckTest {
    private static final String DOMAIN = "ledgerline.example";
    private static final String SPF = "v=spf1 include:_spf.mail.example ~all";
    private static final String DMARC = "v=DMARC1; p=quarantine; rua=mailto:dmarc@ledgerline.example";

    private final LoopbackDns dns = newDns();

    @AfterEach
    void stop() {
        dns.close();
    }

    private List<Check> check(Optional<String> selector) {
        return SendingDomainCheck.check(DOMAIN, selector, new Dns(Optional.of(dns.address())));
    }

    private Check named(String name, Optional<String> selector) {
        return check(selector).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private Check named(String name) {
        return named(name, Optional.of("s1"));
    }

    @Test
    void a_domain_with_spf_a_2048_bit_dkim_key_and_dmarc_passes_all_three() throws Exception {
        dns.txt(DOMAIN, SPF).txt("s1._domainkey." + DOMAIN, dkimRecord(2048)).txt("_dmarc." + DOMAIN, DMARC);

        var checks = check(Optional.of("s1"));

        assertThat(checks).extracting(Check::name).containsExactly("spf", "dkim", "dmarc");
        assertThat(checks).allSatisfy(c -> assertThat(c.status()).isEqualTo(Check.Status.OK));
        assertThat(checks.get(1).detail()).isEqualTo("2048-bit RSA key at s1._domainkey." + DOMAIN);
    }

    @Test
    void an_spf_record_published_as_several_strings_is_read_as_one() {
        dns.txt(DOMAIN, "v=spf1 include:_spf.mail.example", " ~all");

        assertThat(named("spf").detail()).isEqualTo(SPF + " on " + DOMAIN);
    }

    @Test
    void no_spf_record_fails_with_the_record_to_publish() {
        dns.txt(DOMAIN, "google-site-verification=abc");

        var spf = named("spf");

        assertThat(spf.status()).isEqualTo(Check.Status.FAIL);
        assertThat(spf.detail()).contains("no SPF record on " + DOMAIN, "publish a TXT record", "v=spf1 include:");
    }

    @Test
    void two_spf_records_fail_because_receivers_reject_both() {
        dns.txt(DOMAIN, SPF).txt(DOMAIN, "v=spf1 a mx -all");

        var spf = named("spf");

        assertThat(spf.status()).isEqualTo(Check.Status.FAIL);
        assertThat(spf.detail()).contains("2 SPF records", "merge them into one");
    }

    @Test
    void spf_that_allows_every_server_fails() {
        dns.txt(DOMAIN, "v=spf1 +all");

        var spf = named("spf");

        assertThat(spf.status()).isEqualTo(Check.Status.FAIL);
        assertThat(spf.detail()).contains("lets every server", "~all or -all");
    }

    @Test
    void spf_without_an_all_at_the_end_is_a_warning() {
        dns.txt(DOMAIN, "v=spf1 include:_spf.mail.example");

        var spf = named("spf");

        assertThat(spf.status()).isEqualTo(Check.Status.WARN);
        assertThat(spf.detail()).contains("does not end in ~all or -all", "add ~all at the end");
    }

    @Test
    void two_dmarc_records_fail_because_receivers_ignore_both() {
        dns.txt(DOMAIN, SPF).txt("_dmarc." + DOMAIN, DMARC).txt("_dmarc." + DOMAIN, "v=DMARC1; p=none");

        var dmarc = named("dmarc");

        assertThat(dmarc.status()).isEqualTo(Check.Status.FAIL);
        assertThat(dmarc.detail()).contains("2 DMARC records", "keep one");
    }

    @Test
    void without_a_selector_dkim_is_not_checked_and_the_advice_says_where_to_find_it() {
        dns.txt(DOMAIN, SPF);

        var dkim = named("dkim", Optional.empty());

        assertThat(dkim.status()).isEqualTo(Check.Status.WARN);
        assertThat(dkim.detail()).contains("GATEHOUSE_DKIM_SELECTOR is unset", "s= tag of the DKIM-Signature header");
    }

    @Test
    void no_key_at_the_selector_fails_naming_the_record_to_publish() {
        dns.txt(DOMAIN, SPF);

        var dkim = named("dkim");

        assertThat(dkim.status()).isEqualTo(Check.Status.FAIL);
        assertThat(dkim.detail()).contains("no DKIM key at s1._domainkey." + DOMAIN, "turn on DKIM signing");
    }

    @Test
    void a_revoked_key_fails() {
        dns.txt(DOMAIN, SPF).txt("s1._domainkey." + DOMAIN, "v=DKIM1; k=rsa; p=");

        var dkim = named("dkim");

        assertThat(dkim.status()).isEqualTo(Check.Status.FAIL);
        assertThat(dkim.detail()).contains("revoked (empty p=)", "publish the current key");
    }

    @Test
    void a_1024_bit_key_is_a_warning_to_rotate() throws Exception {
        dns.txt(DOMAIN, SPF).txt("s1._domainkey." + DOMAIN, dkimRecord(1024));

        var dkim = named("dkim");

        assertThat(dkim.status()).isEqualTo(Check.Status.WARN);
        assertThat(dkim.detail()).contains("1024-bit RSA key", "rotate to a 2048-bit key");
    }

    @Test
    void no_dmarc_record_fails_with_a_record_to_publish() {
        dns.txt(DOMAIN, SPF);

        var dmarc = named("dmarc");

        assertThat(dmarc.status()).isEqualTo(Check.Status.FAIL);
        assertThat(dmarc.detail()).contains("no DMARC record at _dmarc." + DOMAIN, "v=DMARC1; p=none");
    }

    @Test
    void a_dmarc_record_without_a_policy_fails() {
        dns.txt(DOMAIN, SPF).txt("_dmarc." + DOMAIN, "v=DMARC1; rua=mailto:dmarc@ledgerline.example");

        var dmarc = named("dmarc");

        assertThat(dmarc.status()).isEqualTo(Check.Status.FAIL);
        assertThat(dmarc.detail()).contains("has no valid policy", "add p=none");
    }

    @Test
    void a_subdomain_is_covered_by_its_parent_domains_dmarc_record() {
        dns.txt("mail." + DOMAIN, SPF).txt("_dmarc." + DOMAIN, DMARC);

        var dmarc = SendingDomainCheck.check("mail." + DOMAIN, Optional.empty(), new Dns(Optional.of(dns.address())))
                .stream().filter(c -> c.name().equals("dmarc")).findFirst().orElseThrow();

        assertThat(dmarc.status()).isEqualTo(Check.Status.OK);
        assertThat(dmarc.detail()).contains("at _dmarc." + DOMAIN);
    }

    @Test
    void a_resolver_that_does_not_answer_is_one_warning_and_the_domain_is_not_looked_up() {
        dns.silent();

        var checks = check(Optional.of("s1"));

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(Check.Status.WARN);
            assertThat(c.name()).isEqualTo("dns");
            assertThat(c.detail()).contains("DNS did not answer", "not checked", "GATEHOUSE_DNS_SERVER");
        });
        assertThat(dns.questions()).isNotEmpty().doesNotContain(DOMAIN);
    }

    @Test
    void a_resolver_that_denies_even_the_root_zone_is_a_warning_not_a_missing_record() {
        dns.txt(DOMAIN, SPF);
        dns.nothingExists();

        var checks = check(Optional.of("s1"));

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(Check.Status.WARN);
            assertThat(c.detail()).contains("not even the root zone exists", "were not checked");
        });
    }

    @Test
    void a_sending_domain_that_does_not_exist_fails_pointing_at_mail_from() {
        var checks = check(Optional.of("s1"));

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(Check.Status.FAIL);
            assertThat(c.detail()).contains("DNS says " + DOMAIN + " does not exist", "check the domain in MAIL_FROM");
        });
    }

    /** A DKIM TXT record as providers publish it: the key in 255-character strings. */
    private static String[] dkimRecord(int bits) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        var key = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        var record = "v=DKIM1; k=rsa; p=" + key;
        var strings = new java.util.ArrayList<String>();
        for (int i = 0; i < record.length(); i += 255) strings.add(record.substring(i, Math.min(record.length(), i + 255)));
        return strings.toArray(String[]::new);
    }

    private static LoopbackDns newDns() {
        try {
            return new LoopbackDns();
        } catch (java.net.SocketException e) {
            throw new IllegalStateException(e);
        }
    }
}
