-- What people did with the reply side's Slack messages. Indexed text columns stay varchar(n).

-- What Gatehouse did about a reply (one line each, as shown in Slack), the touch it proposed, and
-- the person who then handled it: dismissed it, or wrote a reply that went to review.
alter table replies add column actions_taken text;
alter table replies add column proposed_touch_id bigint references touches (id);
alter table replies add column handled_as varchar(16);
alter table replies add column handled_by varchar(64);
alter table replies add column handled_at timestamp with time zone;
alter table replies add column handled_touch_id bigint references touches (id);
-- [jooq ignore start]
alter table replies add constraint replies_handled_as_check check (handled_as in ('dismissed', 'replied'));
-- [jooq ignore stop]

-- Whether a booked meeting took place, recorded once by a person. A no-show is not a held meeting
-- and does not count towards meeting goals.
alter table meetings add column outcome varchar(16);
alter table meetings add column outcome_by varchar(64);
alter table meetings add column outcome_at timestamp with time zone;
-- [jooq ignore start]
alter table meetings add constraint meetings_outcome_check check (outcome in ('held', 'no_show'));
-- [jooq ignore stop]
