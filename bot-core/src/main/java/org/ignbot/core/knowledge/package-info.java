/** The facts behind {@code about}: each with its source, nothing unverified. */
package org.ignbot.core.knowledge;
