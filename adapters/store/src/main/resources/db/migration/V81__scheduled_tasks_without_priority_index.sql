-- db-scheduler orders by priority only when priority is turned on, which the reminder runner does
-- not do: its poll uses execution_time_idx. The priority index was written on every plan, pick
-- and removal of a reminder and read by nothing.
drop index priority_execution_time_idx;
