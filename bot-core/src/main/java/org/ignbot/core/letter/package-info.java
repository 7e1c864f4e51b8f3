/**
 * Co-Chairs' letters in, schedule out: the text of a PDF, Word or plain-text letter, the reader
 * that finds the meetings in it, and the import that previews what a letter changes and publishes
 * it on an admin's confirmation.
 */
package org.ignbot.core.letter;
