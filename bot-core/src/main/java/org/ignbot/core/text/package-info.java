/** Text helpers shared by the parsers: folding for matching, edit distance. */
package org.ignbot.core.text;
