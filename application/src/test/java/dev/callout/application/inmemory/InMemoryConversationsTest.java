package dev.callout.application.inmemory;

import dev.callout.application.contract.ConversationsContract;
import dev.callout.application.port.Conversations;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Messages;
import dev.callout.application.port.Users;
import dev.callout.domain.money.FeeRate;
import dev.callout.domain.money.Money;
import dev.callout.domain.pricing.Category;
import dev.callout.domain.pricing.PricingPolicy;
import java.util.List;

class InMemoryConversationsTest extends ConversationsContract {

    private static final PricingPolicy TARIFF = new PricingPolicy(Money.parse("700.00", "PHP"), Money.parse("0.00", "PHP"), 2000,
            FeeRate.DEFAULT);

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryMessages messages = new InMemoryMessages(jobs, new InMemoryStoredFiles());
    private final InMemoryConversations conversations = new InMemoryConversations(jobs, messages, users,
            new InMemoryCategories(List.of(new Category("plumber", "Plumber", TARIFF, false),
                    new Category("towing", "Towing", TARIFF, true))));

    @Override
    protected Users users() {
        return users;
    }

    @Override
    protected Jobs jobs() {
        return jobs;
    }

    @Override
    protected Messages messages() {
        return messages;
    }

    @Override
    protected Conversations conversations() {
        return conversations;
    }
}
