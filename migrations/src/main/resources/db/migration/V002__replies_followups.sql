-- Replies, follow-up sequences and meetings. Indexed text columns are varchar(n) (see V001).

alter table replies add column account_id bigint references accounts (id);
alter table replies add column injection_suspected boolean not null default false;
alter table replies add column auto_reply boolean not null default false;
alter table replies add column thread_touch_id bigint references touches (id);
create index replies_contact_idx on replies (contact_id);
create index replies_thread_idx on replies (thread_touch_id);

-- A meeting from a calendar invite keeps the invite's UID, so the same invite books once.
alter table meetings add column source_ref varchar(255);
alter table meetings add column reply_id bigint references replies (id);
alter table meetings add constraint meetings_source_ref_key unique (source_ref);
create index meetings_account_idx on meetings (account_id);

-- The follow-ups planned for a thread (keyed by its first touch), one row per step. The row is
-- the durable truth: a job only says "look at this row now"; moving due_at moves the follow-up.
create table follow_ups (
    thread_touch_id bigint not null references touches (id),
    step            integer not null,
    due_at          timestamp with time zone not null,
    status          varchar(16) not null default 'pending',
    touch_id        bigint references touches (id),
    note            varchar(200),
    updated_at      timestamp with time zone not null default now(),
    primary key (thread_touch_id, step),
    constraint follow_ups_status_check check (status in ('pending', 'drafted', 'cancelled'))
);
create index follow_ups_due_idx on follow_ups (status, due_at);

-- A stopped sequence never drafts again: a reply, a bounce, an unsubscribe, a meeting, a person.
create table sequence_stops (
    thread_touch_id bigint primary key references touches (id),
    reason          varchar(40) not null,
    actor           varchar(64) not null,
    stopped_at      timestamp with time zone not null default now()
);
