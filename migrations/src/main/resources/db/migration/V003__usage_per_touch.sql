-- Model calls are metered while a touch is being drafted, before its row exists: the touch id is
-- reserved first and the usage rows carry it. So llm_usage.touch_id is a plain reference (a draft
-- that never got stored leaves rows pointing at an id that was never used).
-- [jooq ignore start]
alter table llm_usage drop constraint llm_usage_touch_id_fkey;
-- [jooq ignore stop]
create index llm_usage_touch_idx on llm_usage (touch_id);
