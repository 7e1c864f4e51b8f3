-- E-mail subscriptions: one row per address (at most 128 characters, like delivery.recipient_id).
-- Until confirmed_at is set nothing but the confirmation goes to the address; its one-time code is
-- kept only as a SHA-256 (code_hash), cleared once used. The invitations sent are rows of the
-- delivery table (platform 'mail', one key per sitting, revision and address).
-- Written for both H2 and PostgreSQL.
create table mail_subscription (
  address           varchar(128) not null primary key,
  owner_platform    varchar(32)  not null,
  owner_workspace   varchar(128) not null,
  owner_user        varchar(128) not null,
  cluster           varchar(32)  not null,
  lead_minutes      varchar(100) not null,
  since             timestamp with time zone not null,
  confirmed_at      timestamp with time zone,
  code_hash         varchar(64),
  code_sent_at      timestamp with time zone,
  code_expires_at   timestamp with time zone,
  unsubscribe_token varchar(64)  not null,
  paused_reason     varchar(500)
);
create unique index mail_subscription_token_idx on mail_subscription (unsubscribe_token);
create index mail_subscription_code_idx on mail_subscription (code_hash);
create index mail_subscription_owner_idx
  on mail_subscription (owner_platform, owner_workspace, owner_user);
