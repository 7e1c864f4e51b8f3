/**
 * The store on JDBC: users (their time zone), subscriptions and the record of deliveries, in tables
 * that Flyway creates ({@code db/migration}) on H2 (the embedded default) or PostgreSQL. A database
 * that cannot be reached surfaces as {@link org.ignbot.core.store.StoreUnavailableException}.
 */
package org.ignbot.store;
