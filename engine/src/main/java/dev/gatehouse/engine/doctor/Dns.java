package dev.gatehouse.engine.doctor;

import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.naming.directory.InitialDirContext;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

/**
 * TXT records through JNDI's DNS provider ({@code com.sun.jndi.dns}), from this machine's
 * resolvers or from one named server ({@code host} or {@code host:port}).
 */
public final class Dns {
    private final Hashtable<String, String> environment = new Hashtable<>();

    public Dns(Optional<String> server) {
        environment.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
        environment.put("java.naming.provider.url", server.map(s -> "dns://" + s).orElse("dns:"));
        environment.put("com.sun.jndi.dns.timeout.initial", "1000");
        environment.put("com.sun.jndi.dns.timeout.retries", "2");
    }

    /**
     * Asks for the root zone's name servers, which every resolver that sees the public DNS knows.
     *
     * @throws NamingException when DNS does not answer, or answers that not even the root exists
     */
    public void answers() throws NamingException {
        var context = new InitialDirContext(environment);
        try {
            context.getAttributes("", new String[]{"NS"});
        } catch (NameNotFoundException e) {
            throw new NamingException("the resolver says not even the root zone exists, so it cannot see the public DNS");
        } finally {
            context.close();
        }
    }

    /** The TXT records at {@code name} (see {@link #lookup}); none when the name does not exist. */
    public List<String> txt(String name) throws NamingException {
        return lookup(name).orElse(List.of());
    }

    /**
     * The TXT records at {@code name}, each one's strings joined as SPF, DKIM and DMARC read them;
     * empty when the name does not exist at all.
     *
     * @throws NamingException when DNS does not answer
     */
    public Optional<List<String>> lookup(String name) throws NamingException {
        var context = new InitialDirContext(environment);
        try {
            var attribute = context.getAttributes(name, new String[]{"TXT"}).get("TXT");
            var records = new ArrayList<String>();
            if (attribute != null) {
                for (var values = attribute.getAll(); values.hasMore(); ) records.add(joined(String.valueOf(values.next())));
            }
            return Optional.of(records);
        } catch (NameNotFoundException e) {
            return Optional.empty();
        } finally {
            context.close();
        }
    }

    /**
     * JNDI gives a TXT record's character-strings separated by spaces, each quoted (with
     * {@code \"} and {@code \\} escaped) when it holds a space; the record's value is them joined.
     */
    static String joined(String jndi) {
        var out = new StringBuilder(jndi.length());
        var quoted = false;
        for (int i = 0; i < jndi.length(); i++) {
            var c = jndi.charAt(i);
            if (c == '\\' && quoted && i + 1 < jndi.length()) {
                out.append(jndi.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c != ' ' || quoted) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
