-- A processed inbox row is now deleted at once instead of marked done and purged a week later:
-- the table holds only requests in flight (seconds) and those given up (done_at and last_error
-- set, kept a week for inspection). So small a table needs no index but its key, and each
-- acknowledged Slack request costs one index insert fewer on the path to its ack.
-- [jooq ignore start]
delete from inbox where done_at is not null and last_error is null;
drop index if exists inbox_open_idx;
-- [jooq ignore stop]
