package dev.callout.application.inmemory;

import dev.callout.application.contract.NumericAliasesContract;
import dev.callout.application.port.NumericAliases;

class InMemoryNumericAliasesTest extends NumericAliasesContract {

    private final InMemoryNumericAliases aliases = new InMemoryNumericAliases();

    @Override
    protected NumericAliases aliases() {
        return aliases;
    }
}
