package dev.gatehouse.engine.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The funnel of one group of first emails (a week, a rep, a segment, an experiment arm): counts at
 * each step, and the rates managers read, each naming its denominator. Accounts count once.
 */
public record Funnel(String group, long drafted, long approvedByPerson, long sentWithoutPerson, long sent, long bounced,
                     long delivered, long contactedAccounts, long replied, long positive, long meetingsHeld,
                     long qualified, long won, BigDecimal wonAmount) {
    public static final String PER_DELIVERED = "delivered first emails";
    public static final String PER_CONTACTED = "contacted accounts";
    public static final String PER_DRAFTED = "drafted first emails";

    public static Funnel of(String group, Collection<FunnelRow> rows) {
        var delivered = rows.stream().filter(FunnelRow::delivered).toList();
        return new Funnel(group, rows.size(),
                rows.stream().filter(r -> r.approval() == FunnelRow.Approval.PERSON).count(),
                rows.stream().filter(r -> r.approval() == FunnelRow.Approval.SYSTEM).count(),
                rows.stream().filter(FunnelRow::sent).count(),
                rows.stream().filter(r -> r.sent() && r.bounced()).count(),
                delivered.size(), accounts(delivered, r -> true),
                delivered.stream().filter(FunnelRow::replied).count(),
                delivered.stream().filter(FunnelRow::positive).count(),
                accounts(delivered, FunnelRow::meetingHeld), accounts(delivered, FunnelRow::qualified),
                accounts(delivered, FunnelRow::won),
                distinctByAccount(delivered).stream().filter(FunnelRow::won).map(FunnelRow::wonAmount)
                        .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** One funnel per value of {@code key}, in key order. */
    public static List<Funnel> by(Collection<FunnelRow> rows, Function<FunnelRow, String> key) {
        Map<String, List<FunnelRow>> groups = rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        return groups.entrySet().stream().map(e -> of(e.getKey(), e.getValue())).toList();
    }

    public Rate replyRate() {
        return new Rate(replied, delivered, PER_DELIVERED);
    }

    public Rate positiveRate() {
        return new Rate(positive, delivered, PER_DELIVERED);
    }

    public Rate bounceRate() {
        return new Rate(bounced, sent, "sent first emails");
    }

    public Rate meetingRate() {
        return new Rate(meetingsHeld, contactedAccounts, PER_CONTACTED);
    }

    public Rate qualifiedRate() {
        return new Rate(qualified, contactedAccounts, PER_CONTACTED);
    }

    public Rate wonRate() {
        return new Rate(won, contactedAccounts, PER_CONTACTED);
    }

    /** The named rates in report order. */
    public Map<String, Rate> rates() {
        var rates = new LinkedHashMap<String, Rate>();
        rates.put("bounce", bounceRate());
        rates.put("reply", replyRate());
        rates.put("positive_reply", positiveRate());
        rates.put("meeting_held", meetingRate());
        rates.put("qualified_opportunity", qualifiedRate());
        rates.put("won", wonRate());
        return rates;
    }

    private static long accounts(List<FunnelRow> rows, java.util.function.Predicate<FunnelRow> which) {
        return rows.stream().filter(which).map(FunnelRow::accountId).distinct().count();
    }

    private static List<FunnelRow> distinctByAccount(List<FunnelRow> rows) {
        return List.copyOf(rows.stream().collect(Collectors.toMap(FunnelRow::accountId, r -> r, (a, b) -> a)).values());
    }
}
