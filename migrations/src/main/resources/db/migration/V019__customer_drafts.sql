-- Customer-facing drafts (check-ins, renewal outreach) are touches of their own kinds.
alter table touches drop constraint touches_kind_check;
alter table touches add constraint touches_kind_check
    check (kind in ('first_email', 'follow_up', 'reply', 'check_in', 'renewal_outreach'));
