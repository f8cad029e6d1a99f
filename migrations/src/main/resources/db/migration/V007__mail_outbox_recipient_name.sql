-- The recipient's display name, fixed at approval with the rest of the email, so the To: header
-- reads "Dana Keller <dana@northwind.example>" rather than a bare address. Null for rows queued
-- before this column existed; they are sent to the bare address as before.
alter table outbox add column to_name varchar(255);
