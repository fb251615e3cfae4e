package dev.callout.application.account;

import dev.callout.application.port.StoredFiles;
import dev.callout.application.port.Transactions;
import dev.callout.application.port.Users;
import dev.callout.domain.file.FilePurpose;
import dev.callout.domain.file.StoredFile;
import dev.callout.domain.user.Channel;
import dev.callout.domain.user.User;
import dev.callout.domain.user.VerificationCode.Purpose;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class UpdateProfileService implements UpdateProfileUseCase {

    private final Users users;
    private final StoredFiles files;
    private final Codes codes;
    private final Transactions transactions;

    public UpdateProfileService(Users users, StoredFiles files, Codes codes, Transactions transactions) {
        this.users = users;
        this.files = files;
        this.codes = codes;
        this.transactions = transactions;
    }

    @Override
    public UpdateResult update(UpdateProfileCommand command) {
        return transactions.inTransaction(() -> {
            Optional<User> found = users.byId(command.userId()).filter(User::isActive);
            if (found.isEmpty()) {
                return new UpdateResult.NotFound();
            }
            User user = found.get();
            boolean newEmail = command.email() != null && !command.email().equals(user.email());
            boolean newPhone = command.phone() != null && !command.phone().equals(user.phone());
            if (newEmail && users.byEmail(command.email()).isPresent()) {
                return new UpdateResult.EmailTaken();
            }
            if (newPhone && users.byPhone(command.phone()).isPresent()) {
                return new UpdateResult.PhoneTaken();
            }
            String image = command.changed(user.profile()).imageFileId();
            if (image != null && !image.equals(user.profile().imageFileId())) {
                Optional<StoredFile> file = files.holdForReference(image).filter(stored -> stored.ownerId().equals(user.id()));
                if (file.isEmpty()) {
                    return new UpdateResult.ProfileImageNotFound();
                }
                if (file.get().purpose() != FilePurpose.PROFILE) {
                    return new UpdateResult.NotAProfileImage();
                }
            }
            for (String address : addresses(newEmail ? command.email() : null, newPhone ? command.phone() : null)) {
                Optional<Duration> wait = codes.admit(address);
                if (wait.isPresent()) {
                    return new UpdateResult.TooSoon(wait.get());
                }
            }
            User updated = (command.name() == null ? user : user.withName(command.name()))
                    .withProfile(command.changed(user.profile()));
            if (!updated.equals(user)) {
                users.update(updated);
            }
            List<String> sent = new ArrayList<>();
            if (newEmail) {
                codes.issue(user.id(), Purpose.VERIFY, Channel.EMAIL, command.email());
                sent.add(command.email());
            }
            if (newPhone) {
                codes.issue(user.id(), Purpose.VERIFY, Channel.PHONE, command.phone());
                sent.add(command.phone());
            }
            return new UpdateResult.Updated(updated, sent);
        });
    }

    private static List<String> addresses(String email, String phone) {
        List<String> addresses = new ArrayList<>();
        if (email != null) {
            addresses.add(email);
        }
        if (phone != null) {
            addresses.add(phone);
        }
        return addresses;
    }
}
