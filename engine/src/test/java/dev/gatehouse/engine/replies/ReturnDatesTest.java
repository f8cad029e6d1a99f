package dev.gatehouse.engine.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class ReturnDatesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20); // a Friday

    @Test
    void back_on_month_name_and_day() {
        assertThat(ReturnDates.find("I'll be back on December 3 and will reply then.", RECEIVED))
                .contains(MonthDay.of(12, 3));
    }

    @Test
    void returning_numeric_date_is_month_first() {
        assertThat(ReturnDates.find("Out of office, returning 12/03.", RECEIVED)).contains(MonthDay.of(12, 3));
    }

    @Test
    void numeric_date_with_day_over_twelve_is_day_first() {
        assertThat(ReturnDates.find("Back 21/12, limited email until then.", RECEIVED)).contains(MonthDay.of(12, 21));
    }

    @Test
    void until_weekday_comma_month_day() {
        assertThat(ReturnDates.find("I am away until Monday, Nov 30 with no laptop.", RECEIVED))
                .contains(MonthDay.of(11, 30));
    }

    @Test
    void day_before_month_name_with_ordinal() {
        assertThat(ReturnDates.find("On leave, returning Tuesday 5th January.", RECEIVED)).contains(MonthDay.of(1, 5));
    }

    @Test
    void bare_ordinal_earlier_than_received_day_rolls_to_next_month() {
        assertThat(ReturnDates.find("Travelling, back on the 4th.", RECEIVED)).contains(MonthDay.of(12, 4));
    }

    @Test
    void bare_ordinal_later_than_received_day_stays_in_month() {
        assertThat(ReturnDates.find("Travelling, back on the 27th.", RECEIVED)).contains(MonthDay.of(11, 27));
    }

    @Test
    void weekday_resolves_to_the_next_such_day_after_received() {
        assertThat(ReturnDates.find("Back in the office on Wednesday.", RECEIVED)).contains(MonthDay.of(11, 25));
    }

    @Test
    void no_stated_date_gives_nothing() {
        assertThat(ReturnDates.find("I am out of the office with limited access to email.", RECEIVED)).isEmpty();
    }
}
