-- Slack's Events API ids seen lately, shared by every instance: Slack sends an event again when it
-- thinks the first delivery failed, and the retry may reach another instance. Kept for an hour.
create table slack_seen_event (
  event_id  varchar(64) not null primary key,
  seen_at   timestamp with time zone not null
);
