package dev.gatehouse.engine.signals.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * The physical lines of a text read from a stream, one at a time, each with its line end ({@code \r\n},
 * {@code \r} or {@code \n}); a leading byte order mark is dropped. The most recent lines (at least
 * {@value #KEEP_LINES}, and {@value #KEEP_CHARS} characters' worth) are kept, so a CSV parser that gave
 * up on broken quoting can be started again at a line it had already been handed, whatever it read
 * ahead. Memory stays bounded by that window whatever the size of the stream.
 */
final class Lines {
    private static final int KEEP_LINES = 4;
    /** More than any parser buffers ahead of where it stands (Commons CSV: 8 Ki characters). */
    private static final int KEEP_CHARS = 64 * 1024;

    private record Kept(long number, String text) {
    }

    private final Reader in;
    private final long maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean first = true;
    private long read;
    private final ArrayDeque<Kept> kept = new ArrayDeque<>();
    private long keptChars;

    /** @param maxChars the longest line, and the most characters one record may take (a quote left open) */
    Lines(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /**
     * Line {@code number} (1-based) with its line end, or null when the text ends before it. Only a line
     * after the last one handed out, or one of the kept lines, can be asked for.
     */
    String line(long number) throws IOException {
        while (read < number) {
            var text = readLine();
            if (text == null) return null;
            keep(new Kept(++read, text));
        }
        for (var it = kept.descendingIterator(); it.hasNext(); ) { // nearly always the newest
            var line = it.next();
            if (line.number() == number) return line.text();
        }
        throw new IllegalStateException("line " + number + " is no longer kept (kept from " + kept.peekFirst().number() + ")");
    }

    private void keep(Kept line) {
        kept.addLast(line);
        keptChars += line.text().length();
        while (kept.size() > KEEP_LINES && keptChars - kept.peekFirst().text().length() >= KEEP_CHARS) {
            keptChars -= kept.removeFirst().text().length();
        }
    }

    private String readLine() throws IOException {
        var line = new StringBuilder(128);
        while (true) {
            if (position == limit && !fill()) return line.isEmpty() ? null : line.toString();
            if (first) {
                first = false;
                if (buffer[position] == '\uFEFF') position++;
                continue;
            }
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') position++;
            line.append(buffer, start, position - start);
            if (line.length() > maxChars) throw new TooLong(maxChars);
            if (position == limit) continue;
            char end = buffer[position++];
            line.append(end);
            if (end == '\r' && (position < limit || fill()) && buffer[position] == '\n') line.append(buffer[position++]);
            return line.toString();
        }
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) return false;
        position = 0;
        limit = n;
        return true;
    }

    /**
     * A reader over the lines from {@code from} on, for one parser. It hands out at most the rest of one
     * line per {@code read}, and refuses to go on ({@link TooLong}) once more than the limit has been handed
     * out since the last {@link Feed#recordDone()}: a quote left open cannot make the parser hold the file.
     */
    Feed from(long from) {
        return new Feed(from);
    }

    /** The parser's feed ran past its limit inside one record. */
    static final class TooLong extends IOException {
        TooLong(long maxChars) {
            super("one record runs on past " + maxChars + " characters");
        }
    }

    final class Feed extends Reader {
        private long next;
        private String current = "";
        private int offset;
        private long sinceRecord;

        private Feed(long from) {
            this.next = from;
        }

        void recordDone() {
            sinceRecord = 0;
        }

        @Override
        public int read(char[] target, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (offset == current.length()) {
                var line = line(next);
                if (line == null) return -1;
                next++;
                current = line;
                offset = 0;
            }
            int n = Math.min(len, current.length() - offset);
            sinceRecord += n;
            if (sinceRecord > maxChars) throw new TooLong(maxChars);
            current.getChars(offset, offset + n, target, off);
            offset += n;
            return n;
        }

        @Override
        public void close() {
            // the lines belong to the reader that made this feed
        }
    }
}
