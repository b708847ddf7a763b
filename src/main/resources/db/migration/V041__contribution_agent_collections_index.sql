-- The coverage view's agent leaderboard sums each candidate agent's collections in a period
-- (payer_agent_id = ? AND paid_on BETWEEN ? AND ?, SUM(amount)). With amount in the index the sum is read from the
-- index alone; without it every payment was a row read, the leaderboard's largest cost at 5,000,000 workers
-- (126-862 ms p95, docs/benchmarks.md, issue 10 item 13).
ALTER TABLE contribution
    DROP INDEX ix_contribution_agent_paid,
    ADD INDEX ix_contribution_agent_paid (payer_agent_id, paid_on, amount);
