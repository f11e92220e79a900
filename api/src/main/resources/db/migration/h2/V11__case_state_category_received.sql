-- The (state, 小类) index also orders by receipt, so the newest cases of one state and one 小类 are
-- one stretch of it read backwards. H2 lists a 大类 of one state by merging those stretches
-- (H2ListPlanner): 9 short reads instead of walking 10,000 of the newest cases (bench/README.md).
DROP INDEX city_case_state;
CREATE INDEX city_case_state ON city_case (state, category_code, received_at);
