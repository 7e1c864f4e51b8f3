package org.ignbot.store;

import org.ignbot.core.command.admin.InMemoryPendingImports;
import org.ignbot.core.command.admin.PendingImports;

class PendingImportsInMemoryTests extends PendingImportsContract {
  private PendingImports store;

  @Override
  PendingImports store() {
    store = new InMemoryPendingImports();
    return store;
  }

  @Override
  PendingImports sameStoreElsewhere() {
    return store;
  }
}
