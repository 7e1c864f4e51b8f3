/**
 * A writer of random Co-Chairs' letters for property tests: it draws a schedule from a seeded
 * {@link java.util.Random}, writes it in one of the ways letters reach delegations (prose, tables,
 * a programme of work, the Journal, a forwarded e-mail, a rescheduling letter) and renders it as
 * text, Word or PDF, so that the reader can be asked to give the same schedule back.
 */
package org.ignbot.core.letter.writer;
