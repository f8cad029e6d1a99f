package dev.gatehouse.engine.ai;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderKeepingHttpClientTest {

    @Test
    void retry_after_in_seconds() {
        assertThat(HeaderKeepingHttpClient.parseRetryAfter("7")).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void retry_after_as_an_http_date() {
        var inTenSeconds = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10).format(DateTimeFormatter.RFC_1123_DATE_TIME);

        assertThat(HeaderKeepingHttpClient.parseRetryAfter(inTenSeconds))
                .isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
    }

    @Test
    void unreadable_retry_after_is_ignored() {
        assertThat(HeaderKeepingHttpClient.parseRetryAfter("soon")).isNull();
    }
}
