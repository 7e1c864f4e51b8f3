/**
 * The admins' commands: import a letter (preview, then {@code confirm} or {@code discard}), and
 * correct the schedule by hand ({@code cancel}, {@code move}). Everyone else gets a polite no.
 */
package org.ignbot.core.command.admin;
