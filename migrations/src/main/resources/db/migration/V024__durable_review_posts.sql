-- What must reach Slack once — a supervised email sampled for review, an item of the exceptions
-- queue (posted again when its snooze ends) — is claimed before it is posted. The claim is a
-- lease: one whose poster stopped before Slack answered is taken again by the periodic sweep or
-- the next start. Posted means the message is recorded (touches.slack_ts, exceptions.slack_ts).
alter table supervised_samples add column post_claimed_at timestamp with time zone;
alter table exceptions add column post_claimed_at timestamp with time zone;

-- [jooq ignore start]
-- the sweep looks for sampled emails nobody has reviewed yet, and live items without a message
create index supervised_samples_unreviewed_idx on supervised_samples (touch_id) where sampled and verdict is null;
create index exceptions_unposted_idx on exceptions (id) where slack_ts is null and state in ('open', 'assigned');
-- [jooq ignore stop]

-- the daily plan reads the distinct account owners (its reviewers) on every fill, one index probe each
create index accounts_owner_idx on accounts (owner_slack_id);
