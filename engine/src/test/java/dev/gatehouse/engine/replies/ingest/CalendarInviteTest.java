package dev.gatehouse.engine.replies.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarInviteTest {
    private final MimeParser parser = new MimeParser(Clock.systemUTC());

    private InboundMessage withCalendar(String method, String dtStart) throws Exception {
        return parser.parse(TestMail.parse("""
                From: Mara Lind <mara@prospect.test>
                To: ana@gatehouse.test
                Subject: Invitation: Intro call
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="cal-1"

                --cal-1
                Content-Type: text/plain; charset=UTF-8

                You have been invited to: Intro call
                --cal-1
                Content-Type: text/calendar; charset=UTF-8; method=%1$s

                BEGIN:VCALENDAR
                PRODID:-//Test//Calendar//EN
                VERSION:2.0
                METHOD:%1$s
                BEGIN:VTIMEZONE
                TZID:Europe/Berlin
                END:VTIMEZONE
                BEGIN:VEVENT
                UID:intro-42@prospect.test
                %2$s
                DTEND;TZID=Europe/Berlin:20260310T153000
                ORGANIZER;CN="Lind, Mara":mailto:mara@prosp
                 ect.test
                SUMMARY:Intro call\\, Gatehouse
                END:VEVENT
                END:VCALENDAR
                --cal-1--
                """.formatted(method, dtStart)));
    }

    @Test
    void request_start_time_is_read_in_its_zone() throws Exception {
        CalendarInvite invite = withCalendar("REQUEST", "DTSTART;TZID=Europe/Berlin:20260310T150000")
                .calendarInvite().orElseThrow();

        assertThat(invite.start()).isEqualTo(Instant.parse("2026-03-10T14:00:00Z"));
        assertThat(invite.end()).isEqualTo(Instant.parse("2026-03-10T14:30:00Z"));
    }

    @Test
    void request_keeps_organizer_summary_and_uid() throws Exception {
        CalendarInvite invite = withCalendar("REQUEST", "DTSTART:20260310T140000Z").calendarInvite().orElseThrow();

        assertThat(invite.organizer()).isEqualTo("mara@prospect.test");
        assertThat(invite.summary()).isEqualTo("Intro call, Gatehouse");
        assertThat(invite.uid()).isEqualTo("intro-42@prospect.test");
    }

    @Test
    void outlook_windows_zone_name_is_understood() throws Exception {
        CalendarInvite invite = withCalendar("REQUEST", "DTSTART;TZID=\"W. Europe Standard Time\":20260310T150000")
                .calendarInvite().orElseThrow();

        assertThat(invite.start()).isEqualTo(Instant.parse("2026-03-10T14:00:00Z"));
    }

    @Test
    void cancellation_is_not_an_invite() throws Exception {
        assertThat(withCalendar("CANCEL", "DTSTART:20260310T140000Z").calendarInvite()).isEmpty();
    }

    @Test
    void calendar_part_does_not_replace_the_text_body() throws Exception {
        assertThat(withCalendar("REQUEST", "DTSTART:20260310T140000Z").text())
                .isEqualTo("You have been invited to: Intro call");
    }
}
