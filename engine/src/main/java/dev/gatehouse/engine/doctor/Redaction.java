package dev.gatehouse.engine.doctor;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Masks every configured secret in text meant for people: a server's error message can echo a
 * password or a URL with one in it, so {@code doctor} passes each line through this last.
 */
public final class Redaction {
    private static final Pattern SECRET_KEY = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|API_KEY).*");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(?:^|[?&;])password=([^&;]+)");
    /** Shorter values would mask ordinary words; such a secret is no secret anyway. */
    private static final int SHORTEST = 4;

    private final List<String> secrets;

    private Redaction(List<String> secrets) {
        this.secrets = secrets;
    }

    public static Redaction of(Map<String, String> env) {
        var secrets = new ArrayList<String>();
        env.forEach((key, value) -> {
            if (value != null && SECRET_KEY.matcher(key).matches()) secrets.add(value.trim());
        });
        var url = env.get("DATABASE_URL");
        if (url != null) secrets.addAll(urlPasswords(url.trim()));
        secrets.removeIf(s -> s.length() < SHORTEST);
        secrets.sort(Comparator.comparingInt(String::length).reversed());
        return new Redaction(List.copyOf(secrets));
    }

    public String apply(String text) {
        var masked = text;
        for (var secret : secrets) masked = masked.replace(secret, "****");
        return masked;
    }

    private static List<String> urlPasswords(String url) {
        var found = new ArrayList<String>();
        var matcher = PASSWORD_PARAM.matcher(url.contains("?") ? url.substring(url.indexOf('?')) : "");
        while (matcher.find()) {
            found.add(matcher.group(1));
            found.add(URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8));
        }
        try {
            var info = URI.create(url.replaceFirst("^jdbc:", "")).getRawUserInfo();
            if (info != null && info.contains(":")) {
                var raw = info.substring(info.indexOf(':') + 1);
                found.add(raw);
                found.add(URLDecoder.decode(raw, StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) {
            // not a URL: the configuration check says so
        }
        return found;
    }
}
