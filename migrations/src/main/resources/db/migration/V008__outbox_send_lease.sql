-- A send in progress is held under a lease. The claim records the attempt (status 'sending', when,
-- by which instance) before the mail server sees the message; the instance renews lease_until
-- while it talks to the server. A 'sending' row whose lease ran out was cut off (the instance died
-- or stalled): any instance takes it over within seconds, checks the mailbox's Sent folder for its
-- Message-ID, and either records it as sent or sends it again.
alter table outbox add column lease_owner varchar(64);
alter table outbox add column lease_until timestamp with time zone;
alter table outbox add column attempted_at timestamp with time zone;
-- [jooq ignore start]
create index outbox_sending_idx on outbox (lease_until) where status = 'sending';
-- [jooq ignore stop]
