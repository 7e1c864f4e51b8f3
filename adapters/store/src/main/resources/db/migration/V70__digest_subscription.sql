-- Who gets the week (or day) ahead as a digest: one row per recipient. A person's digest has no
-- zone of its own (it follows their time zone in ign_user); a channel's is timed in the zone of
-- the admin who set it up. What was sent is recorded in delivery, one key per period and
-- recipient ('digest:weekly:2026-10-26/<recipient hash>').
create table digest_subscription (
  platform       varchar(32)  not null,
  workspace      varchar(128) not null,
  recipient_kind varchar(16)  not null,
  recipient_id   varchar(128) not null,
  frequency      varchar(16)  not null,
  time_zone      varchar(64),
  since          timestamp with time zone not null,
  primary key (platform, workspace, recipient_kind, recipient_id)
);
