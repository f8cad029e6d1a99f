package dev.gatehouse.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class UnsubscribeLinksTest {
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(
            new Secret("an-unsubscribe-secret-of-32-chars!!"), Clock.systemUTC());
    private final UnsubscribeLinks links = new UnsubscribeLinks(URI.create("https://gatehouse.test/"),
            EmailAddress.of("ana@gatehouse.test"), tokens);

    @Test
    void url_points_at_the_one_click_route_with_a_valid_token() {
        URI url = links.url("mara@prospect.test");

        assertThat(url.toString()).startsWith("https://gatehouse.test/u/");
        assertThat(tokens.verify(url.getPath().substring("/u/".length()))).contains("mara@prospect.test");
    }

    @Test
    void mailto_subject_carries_a_token_the_inbox_can_read_back() {
        URI mailto = links.mailto("mara@prospect.test");
        String subject = mailto.getSchemeSpecificPart().substring(mailto.getSchemeSpecificPart().indexOf("subject=") + 8);

        assertThat(mailto.toString()).startsWith("mailto:ana@gatehouse.test?subject=unsubscribe-");
        assertThat(UnsubscribeLinks.tokenInSubject("Re: " + subject).flatMap(tokens::verify))
                .contains("mara@prospect.test");
    }

    @Test
    void subject_tokens_of_both_formats_are_found() {
        assertThat(UnsubscribeLinks.tokenInSubject("Re: unsubscribe-djF8MTc3.c2lnbmF0dXJl")).contains("djF8MTc3.c2lnbmF0dXJl");
        assertThat(UnsubscribeLinks.tokenInSubject("unsubscribe-AgX_9-kq")).contains("AgX_9-kq");
        assertThat(UnsubscribeLinks.tokenInSubject("unsubscribe me please")).isEmpty();
    }
}
