-- The store of IGN Bot: what it keeps about people, and what it has sent them.
-- Written for both H2 and PostgreSQL.

create table ign_user (
  platform      varchar(32)  not null,
  workspace     varchar(128) not null,
  user_id       varchar(128) not null,
  time_zone     varchar(64),
  language      varchar(16),
  created_at    timestamp with time zone not null,
  updated_at    timestamp with time zone not null,
  primary key (platform, workspace, user_id)
);

-- One subscription per recipient and cluster filter ('' = every meeting).
create table subscription (
  platform       varchar(32)  not null,
  workspace      varchar(128) not null,
  recipient_kind varchar(16)  not null,
  recipient_id   varchar(128) not null,
  cluster        varchar(32)  not null,
  lead_minutes   varchar(100) not null,
  since          timestamp with time zone not null,
  paused_reason  varchar(500),
  paused_at      timestamp with time zone,
  primary key (platform, workspace, recipient_kind, recipient_id, cluster)
);

-- One row per reminder or notice key: the key is unique, so a message is claimed, sent and
-- recorded once.
create table delivery (
  delivery_key   varchar(200) not null primary key,
  platform       varchar(32)  not null,
  workspace      varchar(128) not null,
  recipient_kind varchar(16)  not null,
  recipient_id   varchar(128) not null,
  status         varchar(16)  not null,
  attempts       integer      not null,
  late           boolean      not null,
  detail         varchar(500),
  created_at     timestamp with time zone not null,
  updated_at     timestamp with time zone not null
);
create index delivery_recipient_idx on delivery (platform, workspace, recipient_kind, recipient_id);

-- db-scheduler's table (its PostgreSQL layout), holding planned reminders and notices.
create table scheduled_tasks (
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
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
