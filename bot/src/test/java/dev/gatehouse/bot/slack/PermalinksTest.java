package dev.gatehouse.bot.slack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PermalinksTest {

    @Test
    void a_message_link_is_the_workspace_archives_channel_and_ts_without_the_dot() {
        assertThat(Permalinks.message("https://acme.slack.com/", "C0REVIEWS", "1795185000.000042"))
                .contains("https://acme.slack.com/archives/C0REVIEWS/p1795185000000042");
    }

    @Test
    void a_workspace_url_without_a_trailing_slash_gets_one() {
        assertThat(Permalinks.message("https://acme.slack.com", "D0REP", "1795185000.000042"))
                .contains("https://acme.slack.com/archives/D0REP/p1795185000000042");
    }

    @Test
    void a_reply_link_names_its_thread_so_slack_opens_it() {
        assertThat(Permalinks.inThread("https://acme.slack.com/", "C0REVIEWS", "1795185000.000043", "1795185000.000042"))
                .contains("https://acme.slack.com/archives/C0REVIEWS/p1795185000000043?thread_ts=1795185000.000042&cid=C0REVIEWS");
    }

    @Test
    void no_link_from_a_missing_url_or_a_malformed_channel_or_ts() {
        assertThat(Permalinks.message(null, "C0REVIEWS", "1795185000.000042")).isEmpty();
        assertThat(Permalinks.message("https://acme.slack.com/", "C0/../x", "1795185000.000042")).isEmpty();
        assertThat(Permalinks.message("https://acme.slack.com/", "C0REVIEWS", "17951850")).isEmpty();
        assertThat(Permalinks.inThread("https://acme.slack.com/", "C0REVIEWS", "1795185000.000043", "x")).isEmpty();
    }
}
