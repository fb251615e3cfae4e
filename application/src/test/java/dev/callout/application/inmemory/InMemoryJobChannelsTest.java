package dev.callout.application.inmemory;

import dev.callout.application.contract.JobChannelsContract;
import dev.callout.application.port.JobChannels;

class InMemoryJobChannelsTest extends JobChannelsContract {

    private final InMemoryJobChannels channels = new InMemoryJobChannels();

    @Override
    protected JobChannels channels() {
        return channels;
    }
}
