package org.ignbot.discord;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.action.ButtonClicks;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InboundText;
import org.ignbot.core.user.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers slash commands, button clicks and autocomplete. Every command is acknowledged at once
 * (deferred, ephemeral for personal answers), then answered from a worker thread: a subcommand with
 * a typed use case calls it with the options' values and the attached file ({@link
 * TypedSubcommands}), any other becomes command text for the core; the core's reply is rendered
 * back.
 */
final class InteractionListener extends ListenerAdapter {
  static final String PLATFORM = "discord";

  /** Letters are text; anything bigger is not one. */
  static final int MAX_FILE_BYTES = 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(InteractionListener.class);

  private final CommandEngine engine;
  private final ButtonClicks clicks;
  private final TypedSubcommands subcommands;
  private final AdminList admins;
  private final CommandCatalog catalog;
  private final Suggestions suggestions;
  private final ReplyRenderer renderer = new ReplyRenderer();
  private final ExecutorService work;

  InteractionListener(
      CommandEngine engine,
      AdminList admins,
      CommandCatalog catalog,
      Suggestions suggestions,
      ExecutorService work) {
    this.engine = engine;
    this.clicks = new ButtonClicks(engine);
    this.subcommands = new TypedSubcommands(engine);
    this.admins = admins;
    this.catalog = catalog;
    this.suggestions = suggestions;
    this.work = work;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    Optional<CommandCatalog.Subcommand> sub =
        catalog.find(event.getName(), String.valueOf(event.getSubcommandName()));
    boolean personal = sub.map(CommandCatalog.Subcommand::personal).orElse(true);
    event.deferReply(personal).queue();
    String workspace = event.getGuild() == null ? "dm" : event.getGuild().getId();
    Asker asker = asker(workspace, event.getUser().getId(), channel(event.isFromGuild(), event));
    InteractionHook hook = event.getHook();
    work.execute(
        () ->
            answer(
                hook,
                workspace,
                personal,
                () ->
                    sub.map(s -> run(s, event, asker))
                        .orElseGet(
                            () ->
                                Reply.error(
                                    "I don't know `/"
                                        + event.getFullCommandName()
                                        + "`: Discord may still show an old list. Try `/ign help`."))));
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    Optional<ButtonId> button = ButtonId.parse(event.getComponentId());
    if (button.isEmpty()) {
      return;
    }
    event.deferReply(true).queue();
    String workspace = button.get().workspace();
    Asker asker = asker(workspace, event.getUser().getId(), channel(event.isFromGuild(), event));
    // The core decodes the token and checks, as for any command, who may make the request.
    work.execute(
        () ->
            answer(
                event.getHook(), workspace, true, () -> clicks.click(asker, button.get().token())));
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    String typed = event.getFocusedOption().getValue();
    switch (event.getFocusedOption().getName()) {
      case "id" ->
          event
              .replyChoices(suggestions.meetings(typed, "ics".equals(event.getSubcommandName())))
              .queue();
      case "zone" -> event.replyChoices(suggestions.zones(typed)).queue();
      default -> event.replyChoices().queue();
    }
  }

  /** Stops the worker threads, letting answers under way finish briefly. */
  void close() {
    work.shutdown();
    try {
      work.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Reply run(
      CommandCatalog.Subcommand sub, SlashCommandInteractionEvent event, Asker asker) {
    if (!engine.permits(asker, sub.form())) {
      // The engine refuses it, from the command's description, in the line every platform gives;
      // nothing the member attached is fetched first.
      return engine.handle(asker, sub.form());
    }
    Map<String, String> values = new LinkedHashMap<>();
    List<Attachment> files = new ArrayList<>();
    for (OptionMapping option : event.getOptions()) {
      if (!sub.hasOption(option.getName())) {
        return Reply.error(
            "`/"
                + event.getFullCommandName()
                + "` has no option `"
                + option.getName()
                + "`: Discord may still show an old list. Try `/ign help "
                + sub.name()
                + "`.");
      }
      if (option.getType() == OptionType.ATTACHMENT) {
        Optional<Reply> refused = fetch(option.getAsAttachment(), files);
        if (refused.isPresent()) {
          return refused.get();
        }
      } else {
        // Typed text made plain where it enters, whichever way it goes on.
        values.put(option.getName(), InboundText.normalise(option.getAsString()));
      }
    }
    return subcommands
        .answer(sub.name(), new SubcommandOptions(values, files), asker)
        .orElseGet(() -> engine.handle(asker, sub.text(values), files));
  }

  /** Downloads an attached file for the core, or says in one line why it cannot be used. */
  private static Optional<Reply> fetch(Message.Attachment file, List<Attachment> files) {
    if (file.getSize() > MAX_FILE_BYTES) {
      return Optional.of(
          Reply.error(
              "\""
                  + Limits.cut(file.getFileName(), 60)
                  + "\" is "
                  + file.getSize() / 1024
                  + " KB; a letter is a text file under 1 MB. Attach the letter itself, or paste"
                  + " its text."));
    }
    try (InputStream in = file.getProxy().download().get(30, TimeUnit.SECONDS)) {
      byte[] content = in.readNBytes(MAX_FILE_BYTES + 1);
      String type =
          file.getContentType() == null ? "application/octet-stream" : file.getContentType();
      files.add(new Attachment(file.getFileName(), type, content));
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(Reply.error("I was stopped while fetching your file; please try again."));
    } catch (IOException
        | java.util.concurrent.ExecutionException
        | java.util.concurrent.TimeoutException e) {
      log.warn("Could not fetch an attachment from Discord: {}", e.toString());
      return Optional.of(
          Reply.error("I could not fetch your file from Discord; please attach it again."));
    }
  }

  private void answer(
      InteractionHook hook, String workspace, boolean personal, Supplier<Reply> question) {
    try {
      List<MessageCreateData> messages = renderer.render(question.get(), workspace);
      hook.editOriginal(MessageEditData.fromCreateData(messages.get(0))).complete();
      for (MessageCreateData message : messages.subList(1, messages.size())) {
        hook.sendMessage(message).setEphemeral(personal).complete();
      }
    } catch (RuntimeException e) {
      log.error("Could not answer a Discord interaction", e);
      hook.editOriginal("Something went wrong on my side; it is logged. Please try again.")
          .queue(ok -> {}, failure -> log.warn("Could not say so either: {}", failure.toString()));
    }
  }

  private Asker asker(String workspace, String userId, Optional<String> channel) {
    return admins.asker(new UserKey(PLATFORM, workspace, userId), channel);
  }

  private static Optional<String> channel(
      boolean fromGuild, net.dv8tion.jda.api.interactions.Interaction interaction) {
    return fromGuild && interaction.getChannelId() != null
        ? Optional.of(interaction.getChannelId())
        : Optional.empty();
  }
}
