-- db-scheduler's table for the digest runner (its PostgreSQL layout, as scheduled_tasks): one
-- recurring 'digest-tick' row, so that the tick runs on one instance at a time. Kept apart from
-- the reminders' table so that neither scheduler meets the other's tasks.
create table digest_tasks (
  task_name            varchar(100) not null,
  task_instance        varchar(200) not null,
  task_data            bytea,
  execution_time       timestamp with time zone,
  picked               boolean not null,
  picked_by            varchar(100),
  last_success         timestamp with time zone,
  last_failure         timestamp with time zone,
  consecutive_failures integer,
  last_heartbeat       timestamp with time zone,
  version              bigint not null,
  priority             smallint,
  state                varchar(100),
  primary key (task_name, task_instance)
);
create index digest_tasks_execution_time_idx on digest_tasks (execution_time);
create index digest_tasks_last_heartbeat_idx on digest_tasks (last_heartbeat);
