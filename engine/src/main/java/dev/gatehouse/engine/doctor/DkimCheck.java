package dev.gatehouse.engine.doctor;

import javax.naming.NamingException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** The DKIM public key at {@code <selector>._domainkey.<domain>}: present, not revoked, strong enough. */
final class DkimCheck {
    private static final String NAME = "dkim";

    private DkimCheck() {
    }

    static Check check(String domain, Optional<String> selector, Dns dns) throws NamingException {
        if (selector.isEmpty()) {
            return Check.warn(NAME, DoctorSettings.DKIM_SELECTOR + " is unset, so DKIM was not checked -> set it to the "
                    + "selector your mail provider signs with (the s= tag of the DKIM-Signature header in a mail you sent)");
        }
        var name = selector.get() + "._domainkey." + domain;
        var keys = dns.txt(name).stream().map(Tags::parse).filter(t -> t.containsKey("p")).toList();
        if (keys.isEmpty()) {
            return Check.fail(NAME, "no DKIM key at " + name + " -> turn on DKIM signing at your mail provider and publish "
                    + "the TXT record it gives you there (or correct " + DoctorSettings.DKIM_SELECTOR + ")");
        }
        var key = keys.getFirst().get("p");
        if (key.isEmpty()) {
            return Check.fail(NAME, "the key at " + name + " is revoked (empty p=) -> publish the current key, or set "
                    + DoctorSettings.DKIM_SELECTOR + " to the selector in use");
        }
        var type = keys.getFirst().getOrDefault("k", "rsa").toLowerCase(Locale.ROOT);
        if (!type.equals("rsa")) return Check.ok(NAME, type + " key at " + name);
        var bits = rsaBits(key);
        if (bits.isEmpty()) {
            return Check.fail(NAME, "the p= value at " + name + " is not an RSA public key -> publish it again exactly as "
                    + "your provider shows it");
        }
        if (bits.get() < 1024) {
            return Check.fail(NAME, bits.get() + "-bit RSA key at " + name + ": receivers ignore keys under 1024 bits "
                    + "-> publish a 2048-bit key");
        }
        if (bits.get() < 2048) {
            return Check.warn(NAME, bits.get() + "-bit RSA key at " + name + " -> rotate to a 2048-bit key, the size "
                    + "providers expect now");
        }
        return Check.ok(NAME, bits.get() + "-bit RSA key at " + name);
    }

    private static Optional<Integer> rsaBits(String base64) {
        try {
            var spec = new X509EncodedKeySpec(Base64.getDecoder().decode(base64));
            var key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec);
            return Optional.of(key.getModulus().bitLength());
        } catch (IllegalArgumentException | ClassCastException | java.security.GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
