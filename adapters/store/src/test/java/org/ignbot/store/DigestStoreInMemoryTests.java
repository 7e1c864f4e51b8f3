package org.ignbot.store;

import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.digest.InMemoryDigestStore;

class DigestStoreInMemoryTests extends DigestStoreContract {
  @Override
  DigestStore open() {
    return new InMemoryDigestStore();
  }
}
