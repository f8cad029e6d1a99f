package dev.gatehouse.engine.store;

import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.playbook.Versioned;
import dev.gatehouse.engine.report.FixedMonthlyCost;
import dev.gatehouse.engine.scoring.Icp;
import dev.gatehouse.engine.writing.Offer;
import org.jooq.DSLContext;
import org.jooq.JSON;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static dev.gatehouse.engine.store.db.Tables.APP_SETTINGS;
import static dev.gatehouse.engine.store.db.Tables.AUTONOMY_SETTINGS;
import static dev.gatehouse.engine.store.db.Tables.ICP_VERSIONS;
import static dev.gatehouse.engine.store.db.Tables.OFFER_VERSIONS;

/**
 * What managers set: the ICP and the offer (each change a new version with its author), the
 * autonomy level per action type, and the sending kill switch.
 */
public final class PlaybookStore {
    private static final String SENDING_PAUSED = "sending_paused";
    private static final String BREAKER_RESET = "bounce_breaker_reset_at";
    private static final String FIXED_MONTHLY_COST = dev.gatehouse.engine.audit.PlaybookEvent.FIXED_MONTHLY_COST;
    /** The actor Gatehouse itself writes settings and audit rows as. */
    public static final String GATEHOUSE = "gatehouse";

    private final DSLContext dsl;

    PlaybookStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Versioned<Icp>> currentIcp() {
        return dsl.selectFrom(ICP_VERSIONS).orderBy(ICP_VERSIONS.VERSION.desc()).limit(1).fetchOptional()
                .map(r -> {
                    var icp = Json.read(r.getDefinition(), Icp.class);
                    var withVersion = new Icp(r.getVersion(), icp.industries(), icp.minEmployees(), icp.maxEmployees(),
                            icp.regions(), icp.technologies(), icp.personas(), icp.exclusions(), icp.signalWeights(),
                            icp.signalHalfLife(), icp.minScore(), icp.description());
                    return new Versioned<>(r.getVersion(), withVersion, r.getAuthor(), r.getCreatedAt().toInstant());
                });
    }

    /** Stores a new ICP version and returns its number. */
    public int saveIcp(Icp icp, String author) {
        return saveVersion(ICP_VERSIONS, ICP_VERSIONS.VERSION, ICP_VERSIONS.DEFINITION, ICP_VERSIONS.AUTHOR, icp, author);
    }

    public Optional<Versioned<Offer>> currentOffer() {
        return dsl.selectFrom(OFFER_VERSIONS).orderBy(OFFER_VERSIONS.VERSION.desc()).limit(1).fetchOptional()
                .map(r -> new Versioned<>(r.getVersion(), Json.read(r.getDefinition(), Offer.class), r.getAuthor(),
                        r.getCreatedAt().toInstant()));
    }

    public int saveOffer(Offer offer, String author) {
        return saveVersion(OFFER_VERSIONS, OFFER_VERSIONS.VERSION, OFFER_VERSIONS.DEFINITION, OFFER_VERSIONS.AUTHOR,
                offer, author);
    }

    /** Appends the next version of a document; numbering is serialised across instances by a lock. */
    private <R extends org.jooq.Record> int saveVersion(org.jooq.Table<R> table, org.jooq.TableField<R, Integer> version,
                                                      org.jooq.TableField<R, JSON> definition,
                                                      org.jooq.TableField<R, String> authorField, Object document,
                                                      String author) {
        return dsl.transactionResult(tx -> {
            tx.dsl().fetch("select pg_advisory_xact_lock(hashtext(?))", table.getName());
            var next = tx.dsl().select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(version), 0)).from(table)
                    .fetchOne(0, Integer.class) + 1;
            tx.dsl().insertInto(table).set(version, next).set(definition, Json.json(document)).set(authorField, author)
                    .execute();
            return next;
        });
    }

    /** The level in force for every action type: the newest setting, else the type's default. */
    public Map<ActionType, AutonomyLevel> autonomy() {
        var levels = new EnumMap<ActionType, AutonomyLevel>(ActionType.class);
        for (var type : ActionType.values()) levels.put(type, type.defaultLevel());
        dsl.selectFrom(AUTONOMY_SETTINGS).orderBy(AUTONOMY_SETTINGS.ID).fetch().forEach(r ->
                ActionType.fromWire(r.getActionType()).ifPresent(type ->
                        AutonomyLevel.fromWire(r.getAutonomyLevel()).ifPresent(level -> levels.put(type, level))));
        return levels;
    }

    public AutonomyLevel autonomy(ActionType type) {
        return autonomy().get(type);
    }

    public void setAutonomy(ActionType type, AutonomyLevel level, String author) {
        setAutonomy(type, level, author, null);
    }

    /** {@code samplePercent}: the share of supervised actions sampled for review; null for the default. */
    public void setAutonomy(ActionType type, AutonomyLevel level, String author, Integer samplePercent) {
        dsl.insertInto(AUTONOMY_SETTINGS)
                .set(AUTONOMY_SETTINGS.ACTION_TYPE, type.wire())
                .set(AUTONOMY_SETTINGS.AUTONOMY_LEVEL, level.wire())
                .set(AUTONOMY_SETTINGS.AUTHOR, author)
                .set(AUTONOMY_SETTINGS.SAMPLE_PERCENT, samplePercent == null ? null : samplePercent.shortValue())
                .execute();
    }

    /** The sample rate the newest setting of {@code type} gave, if it gave one. */
    public Optional<Integer> samplePercent(ActionType type) {
        return newestSetting(type).flatMap(r -> Optional.ofNullable(r.getSamplePercent())).map(Short::intValue);
    }

    /** When {@code type}'s level was last set (by a manager or the quality breaker); empty when never. */
    public Optional<java.time.Instant> autonomySetAt(ActionType type) {
        return newestSetting(type).map(r -> r.getCreatedAt().toInstant());
    }

    /**
     * Serialises decisions about one type's autonomy across transactions and instances until the
     * calling transaction ends (the quality breaker trips once per crossing).
     */
    public void lockAutonomy(ActionType type) {
        dsl.fetch("select pg_advisory_xact_lock(hashtext(?))", "autonomy:" + type.wire());
    }

    private Optional<dev.gatehouse.engine.store.db.tables.records.AutonomySettingsRecord> newestSetting(ActionType type) {
        return dsl.selectFrom(AUTONOMY_SETTINGS).where(AUTONOMY_SETTINGS.ACTION_TYPE.eq(type.wire()))
                .orderBy(AUTONOMY_SETTINGS.ID.desc()).limit(1).fetchOptional();
    }

    public boolean sendingPaused() {
        return dsl.select(APP_SETTINGS.SETTING_VALUE).from(APP_SETTINGS).where(APP_SETTINGS.SETTING_KEY.eq(SENDING_PAUSED))
                .fetchOptional(APP_SETTINGS.SETTING_VALUE)
                .map(json -> json.data().trim().equals("true"))
                .orElse(false);
    }

    public void setSendingPaused(boolean paused, String author) {
        setting(SENDING_PAUSED, JSON.valueOf(Boolean.toString(paused)), author);
    }

    /** Who set the kill switch last (a Slack user id, or {@link #GATEHOUSE} when the bounce breaker tripped it). */
    public Optional<String> sendingPausedBy() {
        return dsl.select(APP_SETTINGS.UPDATED_BY).from(APP_SETTINGS).where(APP_SETTINGS.SETTING_KEY.eq(SENDING_PAUSED))
                .fetchOptional(APP_SETTINGS.UPDATED_BY);
    }

    /** Since when bounces count towards the bounce breaker: empty when it was never reset. */
    public Optional<java.time.Instant> bounceBreakerResetAt() {
        return dsl.select(APP_SETTINGS.SETTING_VALUE).from(APP_SETTINGS).where(APP_SETTINGS.SETTING_KEY.eq(BREAKER_RESET))
                .fetchOptional(APP_SETTINGS.SETTING_VALUE)
                .map(json -> java.time.Instant.parse(json.data().trim().replace("\"", "")));
    }

    /** Bounces of sends before {@code at} no longer count towards the bounce breaker. */
    public void resetBounceBreaker(java.time.Instant at, String author) {
        setting(BREAKER_RESET, JSON.valueOf("\"" + at + "\""), author);
    }

    /** The manager's fixed monthly cost (USD), with who set it and when; empty while none is set. */
    public Optional<FixedMonthlyCost> fixedMonthlyCost() {
        return dsl.selectFrom(APP_SETTINGS).where(APP_SETTINGS.SETTING_KEY.eq(FIXED_MONTHLY_COST)).fetchOptional()
                .map(r -> new FixedMonthlyCost(new java.math.BigDecimal(r.getSettingValue().data().trim().replace("\"", "")),
                        r.getUpdatedBy(), r.getUpdatedAt().toInstant()));
    }

    public void setFixedMonthlyCost(java.math.BigDecimal usd, String author) {
        setting(FIXED_MONTHLY_COST, JSON.valueOf("\"" + usd.toPlainString() + "\""), author);
    }

    public void clearFixedMonthlyCost() {
        dsl.deleteFrom(APP_SETTINGS).where(APP_SETTINGS.SETTING_KEY.eq(FIXED_MONTHLY_COST)).execute();
    }

    /** Serialises changes to the fixed monthly cost until the transaction ends, so each audit row's before is true. */
    public void lockFixedMonthlyCost() {
        dsl.fetch("select pg_advisory_xact_lock(hashtext(?))", "setting:" + FIXED_MONTHLY_COST);
    }

    private void setting(String key, JSON value, String author) {
        dsl.insertInto(APP_SETTINGS)
                .set(APP_SETTINGS.SETTING_KEY, key)
                .set(APP_SETTINGS.SETTING_VALUE, value)
                .set(APP_SETTINGS.UPDATED_BY, author)
                .onConflict(APP_SETTINGS.SETTING_KEY).doUpdate()
                .set(APP_SETTINGS.SETTING_VALUE, value)
                .set(APP_SETTINGS.UPDATED_BY, author)
                .set(APP_SETTINGS.UPDATED_AT, java.time.OffsetDateTime.now())
                .execute();
    }
}
