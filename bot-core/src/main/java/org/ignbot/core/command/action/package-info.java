/**
 * Clicks on the buttons of earlier replies: the token a platform carried back becomes the typed
 * request it stands for, run through the engine like any command.
 */
package org.ignbot.core.command.action;
