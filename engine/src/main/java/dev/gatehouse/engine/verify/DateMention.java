package dev.gatehouse.engine.verify;

/** A calendar date as stated; 0 means the part was not stated ("in September" has no day). */
record DateMention(int month, int day, int year, String text) {
    boolean consistentWith(DateMention other) {
        return month == other.month
                && (day == 0 || other.day == 0 || day == other.day)
                && (year == 0 || other.year == 0 || year == other.year);
    }
}
