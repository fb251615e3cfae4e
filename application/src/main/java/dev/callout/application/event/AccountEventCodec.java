package dev.callout.application.event;

import static dev.callout.application.event.Fields.instant;
import static dev.callout.application.event.Fields.required;
import static dev.callout.application.event.Fields.string;

import dev.callout.domain.event.DomainEvent;
import dev.callout.domain.user.AccountEvent;
import dev.callout.domain.user.AdminAction;
import dev.callout.domain.user.Role;
import dev.callout.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The account events' fields: account.provider_approved, account.suspended, account.reinstated, account.deleted. */
public final class AccountEventCodec implements EventCodec {

    @Override
    public Set<String> types() {
        return Set.of(AccountEvent.PROVIDER_APPROVED, AccountEvent.SUSPENDED, AccountEvent.REINSTATED, AccountEvent.DELETED);
    }

    @Override
    public Map<String, Object> encode(DomainEvent event) {
        AccountEvent accountEvent = (AccountEvent) event;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("user_id", accountEvent.userId().value());
        switch (accountEvent) {
            case AccountEvent.StatusChangedByAdmin changed -> {
                fields.put("role", changed.role().wireName());
                fields.put("note", changed.note());
            }
            case AccountEvent.Deleted deleted -> fields.put("role", deleted.role().wireName());
        }
        fields.put("occurred_at", instant(event.occurredAt()));
        return fields;
    }

    @Override
    public DomainEvent decode(String type, Map<String, Object> fields) {
        UserId userId = new UserId(required(fields, "user_id"));
        Role role = Role.valueOf(required(fields, "role").toUpperCase(Locale.ROOT));
        return switch (type) {
            case AccountEvent.PROVIDER_APPROVED -> changed(userId, role, AdminAction.APPROVED, fields);
            case AccountEvent.SUSPENDED -> changed(userId, role, AdminAction.SUSPENDED, fields);
            case AccountEvent.REINSTATED -> changed(userId, role, AdminAction.REINSTATED, fields);
            case AccountEvent.DELETED -> new AccountEvent.Deleted(userId, role, instant(fields, "occurred_at"));
            default -> throw new IllegalArgumentException("not an account event: " + type);
        };
    }

    private static AccountEvent changed(UserId userId, Role role, AdminAction action, Map<String, Object> fields) {
        return new AccountEvent.StatusChangedByAdmin(userId, role, action, string(fields, "note"), instant(fields, "occurred_at"));
    }
}
