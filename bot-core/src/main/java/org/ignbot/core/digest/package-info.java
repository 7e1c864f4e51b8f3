/**
 * The week ahead as a digest: who gets one and how often ({@link
 * org.ignbot.core.digest.DigestSubscription}, kept by the {@link
 * org.ignbot.core.digest.DigestStore} port), when each falls due in the subscriber's zone ({@link
 * org.ignbot.core.digest.DigestPeriod}) and what it says ({@link org.ignbot.core.digest.Digest}).
 * Sending it once per period and recipient is the store adapter's digest runner.
 */
package org.ignbot.core.digest;
