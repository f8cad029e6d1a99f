-- Research is never stored: it is a pure, cheap function of the stored signals and the account
-- (no model or network call), kept briefly in memory (GATEHOUSE_RESEARCH_TTL_HOURS), and what a
-- draft relied on is already recorded with the touch (its cited signal ids and verification).
-- These tables were never written; dropping them leaves one account of research, not two.
drop table research_fact_sources;
drop table research_facts;
drop table research_runs;
