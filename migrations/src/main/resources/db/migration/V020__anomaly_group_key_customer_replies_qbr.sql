-- Issue 13, the rest of the customer side.
--
-- 1. An anomaly group is one row per customer, metric, direction and first week: two instances that
--    see the same new week insert one group between them. Posting it is claimed first
--    (post_claimed_at), so only one instance posts it, and a claim whose poster died may be taken again.
-- [jooq ignore start]
delete from customer_anomalies a using customer_anomalies b
 where a.account_id = b.account_id and a.metric = b.metric and a.direction = b.direction
   and a.first_week = b.first_week and a.id > b.id;
-- [jooq ignore stop]
alter table customer_anomalies add constraint customer_anomalies_group_key unique (account_id, metric, direction, first_week);
alter table customer_anomalies add column post_claimed_at timestamp with time zone;

-- 2. A customer contact's hot email reply is an escalation of its own (the CSM first, the managers
--    after the window), once per reply.
alter table customer_escalations add column reply_id bigint references replies (id);
alter table customer_escalations add constraint customer_escalations_reply_key unique (reply_id);

-- 3. QBR narratives are customer-facing drafts of their own kind.
alter table touches drop constraint touches_kind_check;
alter table touches add constraint touches_kind_check
    check (kind in ('first_email', 'follow_up', 'reply', 'check_in', 'renewal_outreach', 'qbr_narrative'));
