package org.ignbot.core.command.read;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/** The five clusters of key issues: what {@code clusters} answers, for typed callers. */
public interface ListClusters {
  /**
   * Each cluster, the word that asks for its meetings, and its next meeting in the asker's zone.
   */
  Reply clusters(Invocation call);
}
