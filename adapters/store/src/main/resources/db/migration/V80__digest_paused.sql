-- A digest whose recipient the platform refused for good (a 5xx from the mail server, a Slack user
-- gone) is paused, as reminders are: nothing more is sent until its owner asks for it again.
alter table digest_subscription add column paused_because varchar(500);
