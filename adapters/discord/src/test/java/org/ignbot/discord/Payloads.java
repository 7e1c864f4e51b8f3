package org.ignbot.discord;

import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Complete Discord payloads for the fake: JDA's parser reads many fields without defaults, so each
 * entity is written out in full, as Discord sends it.
 */
final class Payloads {
  static final String APP = "500000000000000001";
  static final String BOT = APP;
  static final String GUILD = "600000000000000001";
  static final String BOT_ROLE = "600000000000000002";
  static final String CHANNEL = "600000000000000003";
  static final String USER = "700000000000000001";
  static final String ADMIN = "700000000000000002";
  static final String TIMESTAMP = "2024-11-01T12:00:00.000000+00:00";

  /** View, send, embed links, attach files, create and manage events: what the README asks for. */
  static final long BOT_PERMISSIONS =
      (1L << 10) | (1L << 11) | (1L << 14) | (1L << 15) | (1L << 33) | (1L << 44);

  private Payloads() {}

  static DataObject user(String id, String name, boolean bot) {
    return DataObject.fromJson(
        """
        {"id": "%s", "username": "%s", "discriminator": "0", "global_name": null,
         "avatar": null, "bot": %s, "system": false, "banner": null, "accent_color": null,
         "public_flags": 0, "flags": 0, "avatar_decoration_data": null,
         "primary_guild": null, "collectibles": null}
        """
            .formatted(id, name, bot));
  }

  static DataObject selfUser() {
    return user(BOT, "IGN Bot", true)
        .put("verified", true)
        .put("mfa_enabled", false)
        .put("email", null)
        .put("locale", "en-US")
        .put("premium_type", 0);
  }

  static DataObject hello() {
    return DataObject.fromJson(
        "{\"op\": 10, \"s\": null, \"t\": null, \"d\": {\"heartbeat_interval\": 41250}}");
  }

  static DataObject ready(String resumeUrl) {
    return DataObject.empty()
        .put("v", 10)
        .put("user", selfUser())
        .put(
            "guilds",
            DataArray.empty()
                .add(DataObject.fromJson("{\"id\": \"" + GUILD + "\", \"unavailable\": true}")))
        .put("session_id", "fake-session")
        .put("resume_gateway_url", resumeUrl)
        .put("shard", DataArray.fromCollection(java.util.List.of(0, 1)))
        .put("application", DataObject.fromJson("{\"id\": \"" + APP + "\", \"flags\": 0}"))
        .put("private_channels", DataArray.empty())
        .put("presences", DataArray.empty())
        .put("relationships", DataArray.empty())
        .put("guild_join_requests", DataArray.empty())
        .put("user_settings", DataObject.empty());
  }

  static DataObject role(String id, String name, long permissions, int position) {
    return DataObject.fromJson(
        """
        {"id": "%s", "name": "%s", "color": 0,
         "colors": {"primary_color": 0, "secondary_color": null, "tertiary_color": null},
         "hoist": false, "icon": null, "unicode_emoji": null, "position": %d,
         "permissions": "%d", "managed": false, "mentionable": false, "flags": 0}
        """
            .formatted(id, name, position, permissions));
  }

  static DataObject member(DataObject user, String... roles) {
    return DataObject.fromJson(
            """
            {"nick": null, "avatar": null, "banner": null, "joined_at": "%s",
             "premium_since": null, "deaf": false, "mute": false, "flags": 0, "pending": false,
             "communication_disabled_until": null, "avatar_decoration_data": null}
            """
                .formatted(TIMESTAMP))
        .put("user", user)
        .put("roles", DataArray.fromCollection(java.util.List.of(roles)));
  }

  static DataObject textChannel() {
    return DataObject.fromJson(
        """
        {"id": "%s", "type": 0, "guild_id": "%s", "position": 0, "permission_overwrites": [],
         "name": "ign", "topic": null, "nsfw": false, "last_message_id": null,
         "rate_limit_per_user": 0, "parent_id": null, "last_pin_timestamp": null,
         "default_auto_archive_duration": 1440, "flags": 0}
        """
            .formatted(CHANNEL, GUILD));
  }

  static DataObject guildCreate() {
    DataObject guild =
        DataObject.fromJson(
            """
            {"id": "%s", "name": "Permanent Mission", "icon": null, "icon_hash": null,
             "splash": null, "discovery_splash": null, "owner_id": "%s",
             "afk_channel_id": null, "afk_timeout": 300, "widget_enabled": false,
             "verification_level": 0, "default_message_notifications": 0,
             "explicit_content_filter": 0, "emojis": [], "stickers": [], "features": [],
             "mfa_level": 0, "application_id": null, "system_channel_id": null,
             "system_channel_flags": 0, "rules_channel_id": null, "max_presences": null,
             "max_members": 500000, "vanity_url_code": null, "description": null,
             "banner": null, "premium_tier": 0, "premium_subscription_count": 0,
             "preferred_locale": "en-US", "public_updates_channel_id": null,
             "safety_alerts_channel_id": null, "nsfw_level": 0,
             "premium_progress_bar_enabled": false, "joined_at": "%s", "large": false,
             "unavailable": false, "member_count": 2, "voice_states": [], "threads": [],
             "presences": [], "stage_instances": [], "guild_scheduled_events": [],
             "soundboard_sounds": [], "lazy": true, "incidents_data": null}
            """
                .formatted(GUILD, ADMIN, TIMESTAMP));
    return guild
        .put(
            "roles",
            DataArray.empty()
                .add(role(GUILD, "@everyone", (1L << 10) | (1L << 11) | (1L << 31), 0))
                .add(role(BOT_ROLE, "IGN Bot", BOT_PERMISSIONS, 1)))
        .put("members", DataArray.empty().add(member(user(BOT, "IGN Bot", true), BOT_ROLE)))
        .put("channels", DataArray.empty().add(textChannel()));
  }

  static DataObject dmChannel(String id, String userId) {
    return DataObject.fromJson(
            """
            {"id": "%s", "type": 1, "last_message_id": null, "flags": 0}
            """
                .formatted(id))
        .put("recipients", DataArray.empty().add(user(userId, "delegate", false)));
  }

  /** A message as Discord returns it after a send or an edit. */
  static DataObject message(String id, String channelId) {
    return DataObject.fromJson(
            """
            {"id": "%s", "channel_id": "%s", "type": 0, "content": "", "embeds": [],
             "attachments": [], "mentions": [], "mention_roles": [], "mention_everyone": false,
             "pinned": false, "tts": false, "timestamp": "%s", "edited_timestamp": null,
             "flags": 0, "components": []}
            """
                .formatted(id, channelId, TIMESTAMP))
        .put("author", user(BOT, "IGN Bot", true));
  }

  /** An interaction from a member of the guild, in its channel. */
  static DataObject interaction(String id, int type, String userId, DataObject data) {
    long everything = -1L >>> 1;
    return DataObject.fromJson(
            """
            {"id": "%s", "application_id": "%s", "type": %d, "guild_id": "%s",
             "channel_id": "%s", "token": "token-%s", "version": 1, "locale": "en-GB",
             "guild_locale": "en-US", "app_permissions": "%d", "entitlements": [],
             "authorizing_integration_owners": {"0": "%s"}, "context": 0,
             "attachment_size_limit": 10485760}
            """
                .formatted(id, APP, type, GUILD, CHANNEL, id, BOT_PERMISSIONS, GUILD))
        .put("channel", textChannel())
        .put(
            "guild",
            DataObject.fromJson(
                "{\"id\": \"" + GUILD + "\", \"locale\": \"en-US\", \"features\": []}"))
        .put(
            "member",
            member(user(userId, "delegate", false)).put("permissions", String.valueOf(everything)))
        .put("data", data);
  }

  /** An interaction in the user's direct messages with the bot: no guild, no member. */
  static DataObject directInteraction(String id, int type, String userId, DataObject data) {
    String channel = "1" + userId.substring(1);
    return DataObject.fromJson(
            """
            {"id": "%s", "application_id": "%s", "type": %d, "channel_id": "%s",
             "token": "token-%s", "version": 1, "locale": "en-GB", "app_permissions": "%d",
             "entitlements": [], "authorizing_integration_owners": {"0": "%s"}, "context": 1,
             "attachment_size_limit": 10485760}
            """
                .formatted(id, APP, type, channel, id, BOT_PERMISSIONS, GUILD))
        .put("channel", dmChannel(channel, userId))
        .put("user", user(userId, "delegate", false))
        .put("message", message(FakeDiscord.snowflake(), channel))
        .put("data", data);
  }

  /** {@code /<command> <subcommand> [options]}; option values are strings, numbers or booleans. */
  static DataObject slash(String command, String subcommand, DataArray options) {
    return DataObject.empty()
        .put("id", "800000000000000001")
        .put("name", command)
        .put("type", 1)
        .put("guild_id", GUILD)
        .put(
            "options",
            DataArray.empty()
                .add(
                    DataObject.empty()
                        .put("name", subcommand)
                        .put("type", 1)
                        .put("options", options)));
  }

  static DataObject option(String name, int type, Object value) {
    return DataObject.empty().put("name", name).put("type", type).put("value", value);
  }

  static DataObject button(String customId) {
    return DataObject.empty().put("custom_id", customId).put("component_type", 2);
  }
}
