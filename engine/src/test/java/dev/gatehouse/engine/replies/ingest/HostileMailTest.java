package dev.gatehouse.engine.replies.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gatehouse.engine.delivery.MessageIds;
import dev.gatehouse.engine.delivery.UnsubscribeLinks;
import dev.gatehouse.engine.replies.HostileText;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What runs on a received email before triage stays fast on a megabyte of hostile text. */
class HostileMailTest {
    private static final Duration BOUND = Duration.ofSeconds(2);

    static Stream<Arguments> plain() {
        return HostileText.plain().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static Stream<Arguments> html() {
        return HostileText.html().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plain")
    void quote_stripping_and_header_parsing_are_linear(String shape, String text) {
        assertTimeoutPreemptively(BOUND, () -> QuoteStripper.strip(text), "quote stripping");
        assertTimeoutPreemptively(BOUND, () -> DeliveryStatusParser.statusInText(text), "status code");
        assertTimeoutPreemptively(BOUND, () -> MessageIds.canonical(text), "Message-ID");
        assertTimeoutPreemptively(BOUND, () -> MessageIds.parseList(text), "References");
        assertTimeoutPreemptively(BOUND, () -> UnsubscribeLinks.tokenInSubject(text), "unsubscribe token");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("html")
    void an_html_only_email_of_a_megabyte_is_read_in_bounded_time(String shape, String html) throws Exception {
        var raw = """
                From: Mara Lind <mara@prospect.test>
                To: Ana Ruiz <ana@gatehouse.test>
                Subject: Re: Onboarding question
                Message-ID: <hostile@prospect.test>
                MIME-Version: 1.0
                Content-Type: text/html; charset=UTF-8

                """ + html;
        var message = TestMail.parse(raw);

        var parsed = assertTimeoutPreemptively(BOUND, () -> new MimeParser(Clock.systemUTC()).parse(message));

        assertThat(parsed.messageId()).isEqualTo("<hostile@prospect.test>");
    }

    @Test
    void a_bounce_report_folded_over_ninety_thousand_lines_is_read_in_bounded_time() throws Exception {
        var raw = """
                From: Mail Delivery System <mailer-daemon@relay.test>
                To: Ana Ruiz <ana@gatehouse.test>
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <dsn@relay.test>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; relay.test

                Final-Recipient: rfc822; kim@acme.test
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 user unknown""" + "\n x".repeat(90_000) + "\n--b--\n";
        var message = TestMail.parse(raw);

        var parsed = assertTimeoutPreemptively(BOUND, () -> new MimeParser(Clock.systemUTC()).parse(message));

        assertThat(parsed.bounce()).hasValueSatisfying(b -> {
            assertThat(b.failedRecipient()).isEqualTo("kim@acme.test");
            assertThat(b.diagnosticCode()).startsWith("smtp; 550 user unknown x x").hasSizeLessThanOrEqualTo(1_000);
        });
    }
}
