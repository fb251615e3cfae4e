package dev.callout.application.inmemory;

import dev.callout.application.contract.OpenSocketsContract;
import dev.callout.application.port.OpenSockets;

class InMemoryOpenSocketsTest extends OpenSocketsContract {

    private final InMemoryOpenSockets sockets = new InMemoryOpenSockets();

    @Override
    protected OpenSockets sockets() {
        return sockets;
    }
}
