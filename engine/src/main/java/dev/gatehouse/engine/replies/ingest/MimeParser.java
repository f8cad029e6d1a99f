package dev.gatehouse.engine.replies.ingest;

import dev.gatehouse.engine.delivery.MessageIds;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns a received MIME message into an {@link InboundMessage}: text, threading ids, bounce, auto-reply, invite. */
public final class MimeParser {
    private final Clock clock;

    /** The clock only dates messages that carry neither a received nor a sent date. */
    public MimeParser(Clock clock) {
        this.clock = clock;
    }

    public InboundMessage parse(MimeMessage message) throws MessagingException {
        Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                : message.getSentDate() != null ? message.getSentDate().toInstant() : clock.instant();
        return parse(message, received);
    }

    public InboundMessage parse(MimeMessage message, Instant receivedAt) throws MessagingException {
        try {
            Parts parts = new Parts();
            collect(message, parts);
            Map<String, List<String>> headers = headers(message);
            String fullText = parts.plain != null ? parts.plain : parts.html != null ? HtmlText.toText(parts.html) : "";
            String from = firstAddress(message.getFrom());
            return new InboundMessage(
                    MessageIds.canonical(message.getHeader("Message-ID", null)),
                    MessageIds.parseList(message.getHeader("In-Reply-To", " ")).stream().findFirst().orElse(null),
                    MessageIds.parseList(message.getHeader("References", " ")),
                    from, addresses(message.getAllRecipients()), message.getSubject(),
                    QuoteStripper.strip(fullText), fullText, headers, receivedAt,
                    bounce(message, from, headers, parts, fullText),
                    AutoReplies.isAutoReply(headers),
                    parts.calendar == null ? Optional.empty() : IcsParser.parseRequest(parts.calendar));
        } catch (IOException e) {
            throw new MessagingException("cannot read message content", e);
        }
    }

    private static final class Parts {
        String plain;
        String html;
        String deliveryStatus;
        String originalMessageId;
        String calendar;
        boolean report;
    }

    private static void collect(Part part, Parts parts) throws MessagingException, IOException {
        ContentType type = contentType(part);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        if (base.startsWith("multipart/")) {
            if (base.equals("multipart/report")
                    && "delivery-status".equalsIgnoreCase(type.getParameter("report-type"))) {
                parts.report = true;
            }
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) collect(multipart.getBodyPart(i), parts);
        } else if (base.equals("message/delivery-status") || base.equals("message/global-delivery-status")) {
            parts.deliveryStatus = text(part, type, StandardCharsets.UTF_8);
        } else if (base.equals("message/rfc822") || base.equals("message/global")) {
            if (parts.originalMessageId == null) {
                parts.originalMessageId = headerIn(part.getInputStream(), "Message-ID");
            }
        } else if (base.equals("text/rfc822-headers") || base.equals("message/global-headers")) {
            if (parts.originalMessageId == null) {
                parts.originalMessageId = headerIn(part.getInputStream(), "Message-ID");
            }
        } else if (base.equals("text/calendar") || base.equals("application/ics")) {
            if (parts.calendar == null) parts.calendar = text(part, type, StandardCharsets.UTF_8);
        } else if (base.equals("text/plain") && !attachment) {
            if (parts.plain == null) parts.plain = text(part, type, StandardCharsets.US_ASCII);
        } else if (base.equals("text/html") && !attachment) {
            if (parts.html == null) parts.html = text(part, type, StandardCharsets.US_ASCII);
        }
    }

    private static Optional<Bounce> bounce(MimeMessage message, String from, Map<String, List<String>> headers,
                                           Parts parts, String fullText) {
        String local = from == null ? "" : from.substring(0, Math.max(0, from.indexOf('@'))).toLowerCase(Locale.ROOT);
        boolean daemon = local.equals("mailer-daemon") || local.equals("postmaster");
        if (!parts.report && !daemon && parts.deliveryStatus == null) return Optional.empty();
        String original = MessageIds.canonical(parts.originalMessageId);
        if (parts.deliveryStatus != null) {
            Optional<Bounce> parsed = DeliveryStatusParser.parse(parts.deliveryStatus, original);
            if (parsed.isPresent()) return parsed;
        }
        String recipient = headers.getOrDefault("x-failed-recipients", List.of()).stream()
                .map(String::trim).findFirst().orElse(null);
        return Optional.of(new Bounce(recipient, DeliveryStatusParser.statusInText(fullText), null, null, original));
    }

    private static Map<String, List<String>> headers(MimeMessage message) throws MessagingException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Enumeration<Header> all = message.getAllHeaders();
        while (all.hasMoreElements()) {
            Header h = all.nextElement();
            headers.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(MimeUtility.unfold(h.getValue() == null ? "" : h.getValue()).trim());
        }
        return headers;
    }

    private static String headerIn(InputStream in, String name) throws MessagingException {
        String value = new InternetHeaders(in).getHeader(name, null);
        return value == null ? null : MimeUtility.unfold(value).trim();
    }

    private static String text(Part part, ContentType type, Charset fallback) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        Charset charset = fallback;
        String declared = type.getParameter("charset");
        if (declared != null) {
            try {
                charset = Charset.forName(MimeUtility.javaCharset(declared));
            } catch (RuntimeException e) {
                charset = StandardCharsets.UTF_8;
            }
        }
        if (charset.equals(StandardCharsets.US_ASCII)) charset = StandardCharsets.UTF_8;
        return new String(bytes, charset);
    }

    private static ContentType contentType(Part part) throws MessagingException {
        try {
            return new ContentType(Optional.ofNullable(part.getContentType()).orElse("text/plain"));
        } catch (MessagingException e) {
            return new ContentType("application", "octet-stream", null);
        }
    }

    private static String firstAddress(Address[] addresses) {
        List<String> all = addresses(addresses);
        return all.isEmpty() ? null : all.getFirst();
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> result = new ArrayList<>();
        if (addresses == null) return result;
        for (Address a : addresses) {
            if (a instanceof InternetAddress ia && ia.getAddress() != null) result.add(ia.getAddress());
        }
        return result;
    }
}
